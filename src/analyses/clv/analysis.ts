import type { Analysis } from "../analysis";
import { ClvView } from "./ClvView";
import { clvMessages } from "./messages";
import { prepareClv } from "./view-queries";

export const clvAnalysis: Analysis = {
  id: "clv",
  titleKey: "clv.title",
  messages: clvMessages,
  View: ClvView,
  prepare: prepareClv,
};
