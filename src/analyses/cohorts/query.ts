import { dateLiteral } from "../../engine/sql";
import { cohortPeriodCtes } from "./cohort-ctes";
import type { CohortOptions } from "./options";
import { periodIndexSql, periodLabelSql, periodLastDaySql, periodShiftSql, periodStartSql } from "../period";

/** The CTE chain ending in `cohort_cells`: one `CohortCellRow` per cohort and offset up to the as-of period. */
function cohortCellCtes(options: CohortOptions): string {
  const { period } = options;
  const asOf = dateLiteral(options.asOfDate);
  return `WITH
  ${cohortPeriodCtes(options)},
  as_of_period AS (
    SELECT
      ${periodIndexSql(period, asOf)} AS as_of_index,
      ${asOf} < ${periodLastDaySql(period, periodStartSql(period, asOf))} AS as_of_period_is_partial
  ),
  cohort_sizes AS (
    SELECT cohort_start, cohort_index, count(*) AS cohort_size FROM cohort_customers GROUP BY cohort_start, cohort_index
  ),
  cell_activity AS (
    SELECT
      cohort_start,
      k,
      count(*) FILTER (WHERE purchased) AS customers,
      sum(revenue) AS revenue
    FROM cohort_periods
    GROUP BY cohort_start, k
  ),
  last_purchase_offsets AS (
    SELECT
      cohort_start,
      last_purchase_index - cohort_index AS k,
      count(*) AS customers_last_buying
    FROM cohort_customers
    GROUP BY ALL
  ),
  cell_grid AS (
    SELECT
      cohort_start,
      cohort_size,
      as_of_index - cohort_index AS as_of_k,
      as_of_period_is_partial,
      unnest(range(0, as_of_k + 1)) AS k
    FROM cohort_sizes, as_of_period
  ),
  cells AS (
    SELECT
      cohort_start,
      k,
      cohort_size,
      coalesce(customers, 0) AS customers,
      sum(coalesce(customers_last_buying, 0)) OVER from_last_period AS customers_on_or_after,
      coalesce(revenue, 0) AS revenue,
      first_value(coalesce(revenue, 0)) OVER from_first_period AS revenue_0,
      sum(coalesce(revenue, 0)) OVER from_first_period AS cumulative_revenue,
      k = as_of_k AND as_of_period_is_partial AS is_partial
    FROM cell_grid
    LEFT JOIN cell_activity USING (cohort_start, k)
    LEFT JOIN last_purchase_offsets USING (cohort_start, k)
    WINDOW
      from_first_period AS (PARTITION BY cohort_start ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
      from_last_period AS (PARTITION BY cohort_start ORDER BY k DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
  ),
  cohort_cells AS (
    SELECT
      ${periodLabelSql(period, "cohort_start")} AS cohort,
      CAST(cohort_start AS VARCHAR) AS cohort_start,
      k::INTEGER AS k,
      CAST(${periodShiftSql(period, "cohort_start", "k")} AS VARCHAR) AS period_start,
      cohort_size::INTEGER AS cohort_size,
      customers::INTEGER AS customers,
      (customers / cohort_size)::DOUBLE AS retention,
      customers_on_or_after::INTEGER AS customers_on_or_after,
      (customers_on_or_after / cohort_size)::DOUBLE AS retention_on_or_after,
      revenue::DOUBLE AS revenue,
      (revenue / NULLIF(revenue_0, 0))::DOUBLE AS revenue_retention,
      cumulative_revenue::DOUBLE AS cumulative_revenue,
      (cumulative_revenue / cohort_size)::DOUBLE AS cumulative_revenue_per_customer,
      is_partial
    FROM cells
  )`;
}

/** SQL for the `CohortCellRow`s: oldest cohort first, then k ascending; no row after the as-of period. */
export function buildCohortMatrixQuery(options: CohortOptions): string {
  return `${cohortCellCtes(options)}
SELECT * FROM cohort_cells
ORDER BY cohort_start, k`;
}
