import { literal } from "../../engine/sql";
import { pyramidCtes } from "./ctes";
import type { PyramidOptions } from "./options";
import { cutoffColumnsSql } from "./tier-rule-sql";
import { MIGRATION_FROM, MIGRATION_TO, PYRAMID_TIERS, type CustomerSelection } from "./types";
import { pyramidWindows } from "./window";

/** `(VALUES ('a', 1), ('b', 2)) AS name(column, column_order)`: fixed names in display order. */
function orderedValues(values: readonly string[], name: string, column: string): string {
  return `(VALUES ${values.map((value, index) => `(${literal(value)}, ${index + 1})`).join(", ")}) AS ${name}(${column}, ${column}_order)`;
}

/**
 * The ranked customers with their revenue counted for concentration (negative net revenue as 0), the
 * running total from the top, the window totals and the 100 Pareto points.
 */
const CONCENTRATION_CTES = `ranked_customers AS (
    SELECT revenue_rank, revenue, greatest(revenue, 0) AS counted_revenue
    FROM customer_states
    WHERE revenue_rank IS NOT NULL
  ),
  cumulative_revenue AS (
    SELECT revenue_rank, sum(counted_revenue) OVER (ORDER BY revenue_rank ROWS UNBOUNDED PRECEDING) AS cumulative_counted_revenue
    FROM ranked_customers
  ),
  concentration AS (
    SELECT
      count(*) AS n,
      coalesce(sum(revenue), 0) AS revenue,
      coalesce(sum(counted_revenue), 0) AS counted_revenue,
      sum(revenue_rank * counted_revenue) AS rank_weighted_revenue,
      count(*) FILTER (WHERE revenue < 0) AS negative_customers,
      coalesce(sum(revenue) FILTER (WHERE revenue < 0), 0) AS negative_revenue
    FROM ranked_customers
  ),
  pareto_points AS (
    SELECT
      percent_of_customers,
      ceil(percent_of_customers * n / 100) AS customers,
      cumulative_counted_revenue / NULLIF(counted_revenue, 0) AS revenue_share
    FROM range(1, 101) AS points(percent_of_customers)
    CROSS JOIN concentration
    LEFT JOIN cumulative_revenue ON revenue_rank = ceil(percent_of_customers * n / 100)
  )`;

/** SQL for the `customer_states` rows (see pyramidCtes), for runPyramid to keep in a table its queries share. */
export function buildCustomerStatesQuery(options: PyramidOptions): string {
  return `WITH
  ${pyramidCtes(options)}
SELECT * FROM customer_states`;
}

/** SQL for the five `PyramidTierRow`s, Top first, Inactive last. */
export function buildPyramidTiersQuery(options: PyramidOptions, statesTable?: string): string {
  return `WITH
  ${pyramidCtes(options, statesTable)},
  window_totals AS (
    SELECT sum(revenue) AS ranked_revenue FROM customer_states WHERE tier <> 'inactive'
  )
SELECT
  tier,
  count(customer_id)::INTEGER AS customers,
  coalesce(sum(revenue), 0)::DOUBLE AS revenue,
  (coalesce(sum(revenue), 0) / NULLIF(ranked_revenue, 0))::DOUBLE AS revenue_share,
  (sum(revenue) / NULLIF(count(customer_id), 0))::DOUBLE AS avg_revenue,
  min(revenue_rank)::INTEGER AS first_rank,
  max(revenue_rank)::INTEGER AS last_rank,
  (min(revenue) FILTER (WHERE revenue_rank IS NOT NULL))::DOUBLE AS min_revenue,
  (max(revenue) FILTER (WHERE revenue_rank IS NOT NULL))::DOUBLE AS max_revenue
FROM ${orderedValues(PYRAMID_TIERS, "pyramid_tiers", "tier")}
LEFT JOIN customer_states USING (tier)
CROSS JOIN window_totals
GROUP BY tier, tier_order, ranked_revenue
ORDER BY tier_order`;
}

/** SQL for the one `PyramidSummary` row: window, n, cut-offs, Gini and the 80 / 20 statements. */
export function buildPyramidSummaryQuery(options: PyramidOptions, statesTable?: string): string {
  const windows = pyramidWindows(options.asOfDate, options.windowDays);
  const date = (value: string | null | undefined) => (value ? `${literal(value)}::VARCHAR` : "NULL::VARCHAR");
  return `WITH
  ${pyramidCtes(options, statesTable)},
  ${CONCENTRATION_CTES},
  reaching_80_percent AS (
    SELECT min(revenue_rank) AS customers_for_80
    FROM cumulative_revenue CROSS JOIN concentration
    WHERE counted_revenue > 0 AND cumulative_counted_revenue * 5 >= counted_revenue * 4
  ),
  inactive AS (
    SELECT count(*) AS inactive_customers FROM customer_states WHERE tier = 'inactive'
  )
SELECT
  ${date(options.asOfDate)} AS as_of_date,
  ${date(windows.currentStart)} AS window_start,
  ${date(windows.currentEnd)} AS window_end,
  ${date(windows.previous?.start)} AS previous_window_start,
  ${date(windows.previous?.end)} AS previous_window_end,
  n::INTEGER AS customers_in_window,
  revenue::DOUBLE AS revenue,
  inactive_customers::INTEGER AS inactive_customers,
  negative_customers::INTEGER AS negative_customers,
  negative_revenue::DOUBLE AS negative_revenue,
  ${cutoffColumnsSql(options.tierRule, "n")},
  ((n + 1 - 2 * rank_weighted_revenue / NULLIF(counted_revenue, 0)) / n)::DOUBLE AS gini,
  customers_for_80::INTEGER AS customers_for_80,
  (customers_for_80 / n)::DOUBLE AS customer_share_for_80,
  (SELECT revenue_share FROM pareto_points WHERE percent_of_customers = 20)::DOUBLE AS top_20_revenue_share
FROM concentration, reaching_80_percent, inactive`;
}

/** SQL for the 100 `ParetoPoint`s: revenue share of the top 1 %, 2 %, … 100 % of customers. */
export function buildParetoQuery(options: PyramidOptions, statesTable?: string): string {
  return `WITH
  ${pyramidCtes(options, statesTable)},
  ${CONCENTRATION_CTES}
SELECT
  percent_of_customers::INTEGER AS percent_of_customers,
  customers::INTEGER AS customers,
  revenue_share::DOUBLE AS revenue_share
FROM pareto_points
ORDER BY percent_of_customers`;
}

/** SQL for the non-empty `MigrationCell`s in matrix order; null for all time (no previous window). */
export function buildMigrationQuery(options: PyramidOptions, statesTable?: string): string | null {
  if (options.windowDays === "all") return null;
  return `WITH
  ${pyramidCtes(options, statesTable)}
SELECT
  from_tier,
  to_tier,
  count(*)::INTEGER AS customers,
  coalesce(sum(previous_revenue), 0)::DOUBLE AS previous_revenue,
  sum(revenue)::DOUBLE AS revenue
FROM customer_states
JOIN ${orderedValues(MIGRATION_FROM, "from_states", "from_tier")} USING (from_tier)
JOIN ${orderedValues(MIGRATION_TO, "to_states", "to_tier")} USING (to_tier)
GROUP BY from_tier, from_tier_order, to_tier, to_tier_order
ORDER BY from_tier_order, to_tier_order`;
}

/** SQL for the `PyramidCustomer`s of a tier or a migration cell, highest revenue first. */
export function buildCustomerListQuery(options: PyramidOptions, selection: CustomerSelection): string {
  const filter = "tier" in selection ? `tier = ${literal(selection.tier)}` : `from_tier = ${literal(selection.from)} AND to_tier = ${literal(selection.to)}`;
  return `WITH
  ${pyramidCtes(options)}
SELECT
  customer_id,
  tier,
  revenue_rank::INTEGER AS revenue_rank,
  revenue::DOUBLE AS revenue,
  from_tier,
  to_tier,
  previous_rank::INTEGER AS previous_rank,
  previous_revenue::DOUBLE AS previous_revenue,
  CAST(first_purchase_date AS VARCHAR) AS first_purchase_date,
  CAST(last_purchase_date AS VARCHAR) AS last_purchase_date
FROM customer_states
WHERE ${filter}
ORDER BY revenue_rank NULLS LAST, previous_rank NULLS LAST, revenue DESC, customer_id`;
}
