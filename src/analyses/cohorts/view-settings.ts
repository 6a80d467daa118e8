import { useViewSetting } from "../../app/view-settings";
import type { CohortRange } from "./CohortControls";
import { COHORT_MEASURES, type CohortMeasure } from "./measures";
import { isCohortPeriod, type CohortPeriod } from "./options";

const isDateOrNull = (value: unknown) => value === null || (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value));
const isCohortRange = (value: unknown) =>
  typeof value === "object" && value !== null && isDateOrNull((value as CohortRange).first) && isDateOrNull((value as CohortRange).last);

/** The cohort view's settings (kept for links, files and storage): period, measure and cohort range. */
export function cohortViewSettings() {
  return {
    period: useViewSetting<CohortPeriod>("cohorts", "period", "month", isCohortPeriod),
    measure: useViewSetting<CohortMeasure>("cohorts", "measure", "retention", (value) => COHORT_MEASURES.some((spec) => spec.key === value)),
    range: useViewSetting<CohortRange>("cohorts", "range", { first: null, last: null }, isCohortRange),
  };
}
