import type { AsOfOptions } from "../as-of";

/** The calendar period cohorts and offsets are counted in: month, ISO week (Monday to Sunday) or quarter. */
export type CohortPeriod = "month" | "week" | "quarter";

export const COHORT_PERIODS: readonly CohortPeriod[] = ["month", "week", "quarter"];

/** Settings of the cohort analysis. */
export type CohortOptions = AsOfOptions & {
  period: CohortPeriod;
  /** ISO date inside the first cohort to show (its period's cohort and later); null = from the first. */
  firstCohort?: string | null;
  /** ISO date inside the last cohort to show; null = up to the last. */
  lastCohort?: string | null;
};

/** Whether a text is one of the periods (for the command line and settings links). */
export function isCohortPeriod(value: unknown): value is CohortPeriod {
  return typeof value === "string" && (COHORT_PERIODS as readonly string[]).includes(value);
}
