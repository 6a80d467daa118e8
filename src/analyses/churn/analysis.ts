import type { Analysis } from "../analysis";
import { ChurnView } from "./ChurnView";
import { churnMessages } from "./messages";

export const churnAnalysis: Analysis = {
  id: "churn",
  titleKey: "churn.title",
  messages: churnMessages,
  View: ChurnView,
};
