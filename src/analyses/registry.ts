import type { Analysis } from "./analysis";
import { churnAnalysis } from "./churn/analysis";
import { clvAnalysis } from "./clv/analysis";
import { cohortsAnalysis } from "./cohorts/analysis";
import { overviewAnalysis } from "./overview/analysis";
import { pyramidAnalysis } from "./pyramid/analysis";
import { rfmAnalysis } from "./rfm/analysis";

/** Every analysis of the app, in tab order. */
export const ANALYSES: Analysis[] = [overviewAnalysis, rfmAnalysis, cohortsAnalysis, pyramidAnalysis, churnAnalysis, clvAnalysis];
