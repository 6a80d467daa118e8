import type { AsOfOptions } from "../as-of";

/**
 * How customers who bought in the window are split into Top / Big / Medium / Small.
 * - `percentages`: cumulative shares of the ranked customers, e.g. 1, 5, 20 → Top = ranks ≤ ceil(0.01 n),
 *   Big ≤ ceil(0.05 n), Medium ≤ ceil(0.20 n), Small = the rest. At most two decimals each.
 * - `thresholds`: net revenue in the window; Top ≥ top, Big ≥ big, Medium ≥ medium, Small below (a value
 *   exactly on a threshold belongs to the higher tier).
 */
export type TierRule = { kind: "percentages" | "thresholds"; top: number; big: number; medium: number };

/** Settings of the customer-value pyramid (DESIGN.md, section Customer-value pyramid). */
export type PyramidOptions = AsOfOptions & {
  /** Window length in days ending on (and including) the as-of date, or "all" for all time up to it. */
  windowDays: number | "all";
  tierRule: TierRule;
};

/** What the user chooses in the view (the as-of date is shared by all views). */
export type PyramidSettings = Omit<PyramidOptions, "asOfDate">;

export const DEFAULT_WINDOW_DAYS = 365;
export const DEFAULT_TIER_PERCENTAGES: TierRule = { kind: "percentages", top: 1, big: 5, medium: 20 };
export const MAX_WINDOW_DAYS = 36_500;

/** The settings the view and the command line start from. */
export function defaultPyramidOptions(asOfDate: string): PyramidOptions {
  return { asOfDate, windowDays: DEFAULT_WINDOW_DAYS, tierRule: DEFAULT_TIER_PERCENTAGES };
}

const hasAtMostTwoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;

/** i18n keys of what is wrong with the options; empty when they can be run. */
export function pyramidOptionProblems(options: PyramidSettings): string[] {
  const problems: string[] = [];
  const { windowDays, tierRule } = options;
  if (windowDays !== "all" && !(Number.isInteger(windowDays) && windowDays >= 1 && windowDays <= MAX_WINDOW_DAYS)) {
    problems.push("pyramid.problem.windowDays");
  }
  const values = [tierRule.top, tierRule.big, tierRule.medium];
  if (tierRule.kind === "percentages") {
    const valid = values.every((value) => Number.isFinite(value) && value > 0 && value <= 100 && hasAtMostTwoDecimals(value));
    if (!valid || !(tierRule.top <= tierRule.big && tierRule.big <= tierRule.medium)) problems.push("pyramid.problem.percentages");
  } else if (!values.every(Number.isFinite) || !(tierRule.top >= tierRule.big && tierRule.big >= tierRule.medium)) {
    problems.push("pyramid.problem.thresholds");
  }
  return problems;
}

/** Throws when the options cannot be turned into SQL (the view and CLI check pyramidOptionProblems first). */
export function assertValidPyramidOptions(options: PyramidOptions): void {
  const problems = pyramidOptionProblems(options);
  if (problems.length > 0) throw new Error(`Invalid pyramid options: ${problems.join(", ")}`);
}
