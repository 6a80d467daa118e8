import type { Analysis } from "../analysis";
import { prepareChurn } from "./view-queries";
import { ChurnView } from "./ChurnView";
import { churnMessages } from "./messages";

export const churnAnalysis: Analysis = {
  id: "churn",
  titleKey: "churn.title",
  messages: churnMessages,
  View: ChurnView,
  prepare: prepareChurn,
};
