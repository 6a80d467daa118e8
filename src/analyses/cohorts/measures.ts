import type { CellCustomerSet } from "./customers-query";
import type { CohortAverageRow, CohortCellRow } from "./types";

/** What the triangle and the curves show. */
export type CohortMeasure = "retention" | "retention_on_or_after" | "revenue" | "revenue_retention" | "cumulative_revenue_per_customer";

/** How a measure is shown, and which customers stand behind one of its cells. */
export type MeasureSpec = { key: CohortMeasure; format: "share" | "money"; customers: CellCustomerSet };

export const COHORT_MEASURES: readonly MeasureSpec[] = [
  { key: "retention", format: "share", customers: "on" },
  { key: "retention_on_or_after", format: "share", customers: "on_or_after" },
  { key: "revenue", format: "money", customers: "any_row" },
  { key: "revenue_retention", format: "share", customers: "any_row" },
  { key: "cumulative_revenue_per_customer", format: "money", customers: "all" },
];

/** The spec of a measure key. */
export function measureSpec(measure: CohortMeasure): MeasureSpec {
  return COHORT_MEASURES.find((spec) => spec.key === measure) ?? (COHORT_MEASURES[0] as MeasureSpec);
}

/** A cell's or an average point's value of the measure; null when undefined (e.g. revenue retention over 0). */
export function measureValue(row: CohortCellRow | CohortAverageRow, measure: CohortMeasure): number | null {
  return row[measure];
}
