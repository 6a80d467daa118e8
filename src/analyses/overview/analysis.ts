import type { Analysis } from "../analysis";
import { overviewMessages } from "./messages";
import { OverviewView } from "./OverviewView";

export const overviewAnalysis: Analysis = {
  id: "overview",
  titleKey: "overview.title",
  messages: overviewMessages,
  View: OverviewView,
};
