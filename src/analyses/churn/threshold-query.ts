import { asOfCtes, type AsOfOptions } from "../as-of";
import { FALLBACK_THRESHOLD_DAYS, THRESHOLD_PERCENTILE } from "./options";

/** The CTE `purchase_gaps`: days between each customer's consecutive distinct purchase days (repeat purchases only). */
function purchaseGapCtes(asOfDate: string): string {
  return `${asOfCtes(asOfDate)},
  purchase_days AS (
    SELECT DISTINCT customer_id, order_date FROM purchases
  ),
  purchase_gaps AS (
    SELECT gap_days FROM (
      SELECT order_date - lag(order_date) OVER (PARTITION BY customer_id ORDER BY order_date) AS gap_days
      FROM purchase_days
    )
    WHERE gap_days IS NOT NULL
  )`;
}

/** SQL for the `GapCountRow`s: the histogram of days between consecutive purchase days, shortest first. */
export function buildGapDistributionQuery(options: AsOfOptions): string {
  return `WITH
  ${purchaseGapCtes(options.asOfDate)}
SELECT gap_days::INTEGER AS gap_days, count(*)::INTEGER AS gaps
FROM purchase_gaps
GROUP BY gap_days
ORDER BY gap_days`;
}

/**
 * SQL for one `DefaultThresholdRow`: the nearest-rank percentile of the gaps, the smallest gap g with
 * 100 × (gaps ≤ g) ≥ P × (all gaps), in integers so that 90 % of 70 gaps is exactly 63.
 */
export function buildDefaultThresholdQuery(options: AsOfOptions): string {
  return `WITH
  ${purchaseGapCtes(options.asOfDate)},
  gap_counts AS (
    SELECT gap_days, count(*) AS gaps FROM purchase_gaps GROUP BY gap_days
  ),
  cumulative_gaps AS (
    SELECT gap_days, sum(gaps) OVER (ORDER BY gap_days) AS gaps_up_to, sum(gaps) OVER () AS gap_count
    FROM gap_counts
  ),
  percentile AS (
    SELECT min(gap_days) AS percentile_days
    FROM cumulative_gaps
    WHERE 100 * gaps_up_to >= ${THRESHOLD_PERCENTILE} * gap_count
  )
SELECT
  coalesce((SELECT sum(gaps) FROM gap_counts), 0)::INTEGER AS gap_count,
  percentile_days::INTEGER AS percentile_days,
  coalesce(percentile_days, ${FALLBACK_THRESHOLD_DAYS})::INTEGER AS default_days
FROM percentile`;
}
