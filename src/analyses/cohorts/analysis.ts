import type { Analysis } from "../analysis";
import { CohortsView } from "./CohortsView";
import { cohortMessages } from "./messages";

export const cohortsAnalysis: Analysis = {
  id: "cohorts",
  titleKey: "cohorts.title",
  messages: cohortMessages,
  View: CohortsView,
};
