import type { Analysis } from "./analysis";
import { churnAnalysis } from "./churn/analysis";
import { overviewAnalysis } from "./overview/analysis";
import { pyramidAnalysis } from "./pyramid/analysis";

/** Every analysis of the app, in tab order. */
export const ANALYSES: Analysis[] = [overviewAnalysis, pyramidAnalysis, churnAnalysis];
