import { fmt, t } from "../../i18n/i18n";
import { measureSpec, measureValue, type CohortMeasure } from "./measures";
import type { CohortAverageRow, CohortCellRow } from "./types";

/** A measure's value in the user's language: a share as a percentage, money with two decimals. */
export function formatMeasure(measure: CohortMeasure, value: number | null): string {
  return measureSpec(measure).format === "share" ? fmt.percent(value, value !== null && Math.abs(value) < 0.1 ? 1 : 0) : fmt.money(value);
}

/** A cell's hover text: where it is, its numbers, the definition of the measure shown, and what a click does. */
export function cellTooltip(cell: CohortCellRow, measure: CohortMeasure): string {
  return [
    t("cohorts.tooltip.cell", { cohort: cell.cohort, size: fmt.number(cell.cohort_size), k: cell.k, period: fmt.date(cell.period_start) }),
    cell.is_partial ? t("cohorts.tooltip.partial") : null,
    t("cohorts.tooltip.retention", { customers: fmt.number(cell.customers), share: fmt.percent(cell.retention) }),
    t("cohorts.tooltip.onOrAfter", { customers: fmt.number(cell.customers_on_or_after), share: fmt.percent(cell.retention_on_or_after) }),
    t("cohorts.tooltip.revenue", { revenue: fmt.money(cell.revenue), share: fmt.percent(cell.revenue_retention) }),
    t("cohorts.tooltip.cumulative", { revenue: fmt.money(cell.cumulative_revenue), perCustomer: fmt.money(cell.cumulative_revenue_per_customer) }),
    `${t(`cohorts.measure.${measure}`)}: ${formatMeasure(measure, measureValue(cell, measure))} — ${t(`cohorts.definition.${measure}`)}`,
    t("cohorts.tooltip.click"),
  ]
    .filter((line) => line !== null)
    .join("\n");
}

/** An average point's hover text. */
export function averageTooltip(row: CohortAverageRow, measure: CohortMeasure): string {
  const value = formatMeasure(measure, measureValue(row, measure));
  return t("cohorts.tooltip.average", { k: row.k, value, cohorts: fmt.number(row.cohorts), customers: fmt.number(row.cohort_customers) });
}
