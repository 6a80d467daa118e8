import { cohortCustomerCtes } from "./cohort-ctes";
import type { CohortOptions } from "./options";
import { periodIndexSql } from "../period";

/**
 * Which customers stand behind a cell: `on` = bought in period k; `on_or_after` = bought in period k or
 * later; `any_row` = have a purchase or a refund in period k (the rows of the cell's revenue);
 * `all` = every customer of the cohort (the base of cumulative revenue per customer).
 */
export type CellCustomerSet = "on" | "on_or_after" | "any_row" | "all";

/** The cell: a cohort (any date inside its period) and an offset k ≥ 0. */
export type CohortCell = { cohortStart: string; k: number };

const WHERE: Record<CellCustomerSet, (k: number) => string> = {
  on: () => "period_orders > 0",
  on_or_after: (k) => `last_purchase_k >= ${k}`,
  any_row: () => "period_rows > 0",
  all: () => "TRUE",
};

const ORDER: Record<CellCustomerSet, string> = {
  on: "period_revenue DESC",
  any_row: "period_revenue DESC",
  on_or_after: "cumulative_revenue DESC",
  all: "cumulative_revenue DESC",
};

/** SQL for the `CohortCellCustomerRow`s of one cell, biggest money first, then by customer id. */
export function buildCohortCellCustomersQuery(options: CohortOptions, cell: CohortCell, set: CellCustomerSet): string {
  if (!Number.isInteger(cell.k) || cell.k < 0) throw new Error(`Not a period offset: ${cell.k}`);
  return `WITH
  ${cohortCustomerCtes({ ...options, firstCohort: cell.cohortStart, lastCohort: cell.cohortStart })},
  cohort_rows AS (
    SELECT
      t.customer_id,
      t.order_id,
      t.amount,
      greatest(${periodIndexSql(options.period, "t.order_date")} - c.cohort_index, 0) AS k
    FROM transactions_as_of AS t
    JOIN cohort_customers AS c USING (customer_id)
  ),
  customer_cells AS (
    SELECT
      customer_id,
      count(*) FILTER (WHERE k = ${cell.k}) AS period_rows,
      count(DISTINCT order_id) FILTER (WHERE k = ${cell.k} AND amount >= 0) AS period_orders,
      coalesce(sum(amount) FILTER (WHERE k = ${cell.k}), 0) AS period_revenue,
      coalesce(sum(amount) FILTER (WHERE k <= ${cell.k}), 0) AS cumulative_revenue,
      max(k) FILTER (WHERE amount >= 0) AS last_purchase_k
    FROM cohort_rows
    GROUP BY customer_id
  )
SELECT
  customer_id,
  CAST(first_purchase_date AS VARCHAR) AS first_purchase_date,
  CAST(last_purchase_date AS VARCHAR) AS last_purchase_date,
  period_orders::INTEGER AS period_orders,
  period_revenue::DOUBLE AS period_revenue,
  cumulative_revenue::DOUBLE AS cumulative_revenue
FROM customer_cells
JOIN cohort_customers USING (customer_id)
WHERE ${WHERE[set](cell.k)}
ORDER BY ${ORDER[set]}, customer_id`;
}
