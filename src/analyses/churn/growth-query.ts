import { asOfCtes } from "../as-of";
import { dateLiteral } from "../../engine/sql";
import type { GrowthAccountingOptions } from "./options";
import { periodLastDaySql, periodIndexSql, periodLabelSql, periodStartFromIndexSql } from "../period";

/** SQL for the `PeriodRow`s (growth accounting and attrition per period), oldest period first. */
export function buildGrowthAccountingQuery(options: GrowthAccountingOptions): string {
  const unit = options.period;
  const asOf = dateLiteral(options.asOfDate);
  const indexOf = (date: string) => periodIndexSql(unit, date);
  return `WITH
  ${asOfCtes(options.asOfDate)},
  customer_periods AS (
    SELECT customer_id, ${indexOf("order_date")} AS period_index, sum(amount) AS revenue, bool_or(amount >= 0) AS purchased
    FROM transactions_as_of
    GROUP BY ALL
  ),
  bounds AS (
    SELECT
      min(period_index) AS first_index,
      ${indexOf(asOf)} AS last_index,
      ${asOf} < ${periodLastDaySql(unit, periodStartFromIndexSql(unit, indexOf(asOf)))} AS last_is_partial
    FROM customer_periods
  ),
  periods AS (
    SELECT unnest(range(first_index, last_index + 1)) AS period_index FROM bounds WHERE first_index IS NOT NULL
  ),
  active_periods AS (
    SELECT
      customer_id,
      period_index,
      revenue,
      lag(period_index) OVER customer_timeline AS previous_active_index,
      lead(period_index) OVER customer_timeline AS next_active_index
    FROM customer_periods
    WHERE purchased
    WINDOW customer_timeline AS (PARTITION BY customer_id ORDER BY period_index)
  ),
  active_counts AS (
    SELECT
      period_index,
      count(*) AS active,
      count(*) FILTER (WHERE previous_active_index IS NULL) AS new_customers,
      count(*) FILTER (WHERE previous_active_index = period_index - 1) AS retained,
      count(*) FILTER (WHERE previous_active_index < period_index - 1) AS resurrected,
      sum(revenue) FILTER (WHERE previous_active_index IS NULL) AS new_revenue,
      sum(revenue) FILTER (WHERE previous_active_index = period_index - 1) AS retained_revenue,
      sum(revenue) FILTER (WHERE previous_active_index < period_index - 1) AS resurrected_revenue
    FROM active_periods
    GROUP BY period_index
  ),
  churn_counts AS (
    -- a customer active in p and not in p + 1 is churned in p + 1, with the revenue of p lost
    SELECT period_index + 1 AS period_index, count(*) AS churned, sum(revenue) AS churned_revenue
    FROM active_periods
    WHERE next_active_index IS DISTINCT FROM period_index + 1
    GROUP BY ALL
  ),
  period_revenue AS (
    SELECT
      period_index,
      sum(revenue) AS revenue,
      coalesce(sum(revenue) FILTER (WHERE NOT purchased), 0) AS refunds_without_purchase
    FROM customer_periods
    GROUP BY period_index
  ),
  period_rows AS (
    SELECT
      period_index,
      ${periodStartFromIndexSql(unit, "period_index")} AS period_start,
      period_index = last_index AND last_is_partial AS is_partial,
      -- the next period's churned are this period's lost customers, known once the next period is complete
      period_index + 1 < last_index OR (period_index + 1 = last_index AND NOT last_is_partial) AS next_is_complete,
      coalesce(active, 0) AS active,
      coalesce(new_customers, 0) AS new_customers,
      coalesce(retained, 0) AS retained,
      coalesce(resurrected, 0) AS resurrected,
      coalesce(churned, 0) AS churned,
      coalesce(revenue, 0) AS revenue,
      coalesce(new_revenue, 0) AS new_revenue,
      coalesce(retained_revenue, 0) AS retained_revenue,
      coalesce(resurrected_revenue, 0) AS resurrected_revenue,
      coalesce(churned_revenue, 0) AS churned_revenue,
      coalesce(refunds_without_purchase, 0) AS refunds_without_purchase
    FROM periods
    CROSS JOIN bounds
    LEFT JOIN active_counts USING (period_index)
    LEFT JOIN churn_counts USING (period_index)
    LEFT JOIN period_revenue USING (period_index)
  ),
  with_lost AS (
    SELECT
      *,
      CASE WHEN next_is_complete THEN lead(churned) OVER (ORDER BY period_index) END AS lost
    FROM period_rows
  )
SELECT
  ${periodLabelSql(unit, "period_start")} AS period,
  CAST(period_start AS VARCHAR) AS period_start,
  is_partial,
  active::INTEGER AS active,
  new_customers::INTEGER AS "new",
  retained::INTEGER AS retained,
  resurrected::INTEGER AS resurrected,
  churned::INTEGER AS churned,
  ((new_customers + resurrected) / NULLIF(churned, 0))::DOUBLE AS quick_ratio,
  lost::INTEGER AS lost,
  (lost / NULLIF(active, 0))::DOUBLE AS attrition_rate,
  ((active - lost) / NULLIF(active, 0))::DOUBLE AS retention_rate,
  revenue::DOUBLE AS revenue,
  new_revenue::DOUBLE AS new_revenue,
  retained_revenue::DOUBLE AS retained_revenue,
  resurrected_revenue::DOUBLE AS resurrected_revenue,
  churned_revenue::DOUBLE AS churned_revenue,
  refunds_without_purchase::DOUBLE AS refunds_without_purchase,
  ((new_revenue + resurrected_revenue) / NULLIF(churned_revenue, 0))::DOUBLE AS revenue_quick_ratio
FROM with_lost
ORDER BY period_index`;
}
