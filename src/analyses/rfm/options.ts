import type { AsOfOptions } from "../as-of";
import { DEFAULT_SEGMENT_MAP, type SegmentMap } from "./segments";

export const RFM_MEASURES = ["recency", "frequency", "monetary"] as const;
export type RfmMeasure = (typeof RFM_MEASURES)[number];

/** `total` = net revenue; `mean` = net revenue ÷ frequency (per order). */
export type MonetaryDefinition = "total" | "mean";

/**
 * Four cut points, non-decreasing. Recency: the most days for R = 5, 4, 3, 2 (more than the last → 1).
 * Frequency and monetary: the least value for F / M = 2, 3, 4, 5 (below the first → 1).
 */
export type Cutpoints = readonly [number, number, number, number];
export type ScoreThresholds = Record<RfmMeasure, Cutpoints>;

/** How R, F and M scores 1–5 are given (DESIGN.md, RFM). */
export type Scoring =
  | { method: "quantile" }
  | { method: "thresholds"; thresholds: ScoreThresholds }
  | { method: "mean" };
export type ScoringMethod = Scoring["method"];

/** Which scheme the summary groups customers by: the 25-cell segment map or the 8 classes. */
export type SegmentScheme = "segments" | "cn8";

/** Settings of the RFM analysis. */
export type RfmOptions = AsOfOptions & {
  monetary: MonetaryDefinition;
  scoring: Scoring;
  segmentMap: SegmentMap;
};

/** Quantile scoring, net revenue, DESIGN.md's segment map. */
export function defaultRfmOptions(asOfDate: string): RfmOptions {
  return { asOfDate, monetary: "total", scoring: { method: "quantile" }, segmentMap: DEFAULT_SEGMENT_MAP };
}

/** Frequency cut points that make F = the number of orders, capped at 5. */
export const DEFAULT_FREQUENCY_CUTPOINTS: Cutpoints = [2, 3, 4, 5];

/** Why cut points are unusable, or null when they are fine. */
export function cutpointsProblem(values: readonly number[]): "count" | "number" | "order" | null {
  if (values.length !== 4) return "count";
  if (!values.every((value) => Number.isFinite(value))) return "number";
  return values.every((value, index) => index === 0 || value >= (values[index - 1] ?? value)) ? null : "order";
}

/** Reads four cut points from text like `30, 90, 180, 365`; throws with the reason when they are unusable. */
export function parseCutpoints(text: string): Cutpoints {
  const values = text.split(/[,;\s]+/).filter(Boolean).map(Number);
  const problem = cutpointsProblem(values);
  if (problem) throw new Error(`"${text}": ${CUTPOINT_PROBLEMS[problem]}`);
  return values as unknown as Cutpoints;
}

const CUTPOINT_PROBLEMS = {
  count: "give exactly 4 cut points",
  number: "every cut point must be a number",
  order: "cut points must not decrease",
} as const;
