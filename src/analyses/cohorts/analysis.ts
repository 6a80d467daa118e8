import type { Analysis } from "../analysis";
import { prepareCohorts } from "./view-queries";
import { CohortsView } from "./CohortsView";
import { cohortMessages } from "./messages";

export const cohortsAnalysis: Analysis = {
  id: "cohorts",
  titleKey: "cohorts.title",
  messages: cohortMessages,
  View: CohortsView,
  prepare: prepareCohorts,
};
