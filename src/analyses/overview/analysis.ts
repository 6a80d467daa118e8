import type { Analysis } from "../analysis";
import { overviewResult } from "./view-queries";
import { overviewMessages } from "./messages";
import { OverviewView } from "./OverviewView";

export const overviewAnalysis: Analysis = {
  id: "overview",
  titleKey: "overview.title",
  messages: overviewMessages,
  View: OverviewView,
  prepare: overviewResult,
};
