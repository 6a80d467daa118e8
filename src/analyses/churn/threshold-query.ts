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

/**
 * SQL for the threshold evidence in one pass over the purchase gaps: one row per gap length (shortest first)
 * with its count, each row also carrying the `DefaultThresholdRow` figures; a single row with NULL
 * `gap_days` when there is no gap. The percentile is nearest-rank: the smallest gap g with
 * 100 × (gaps ≤ g) ≥ P × (all gaps), in integers so that 90 % of 70 gaps is exactly 63.
 */
export function buildThresholdEvidenceQuery(options: AsOfOptions): string {
  return `WITH
  ${purchaseGapCtes(options.asOfDate)},
  gap_counts AS MATERIALIZED (
    SELECT gap_days, count(*) AS gaps, sum(count(*)) OVER (ORDER BY gap_days) AS gaps_up_to, sum(count(*)) OVER () AS gap_count
    FROM purchase_gaps
    GROUP BY gap_days
  ),
  percentile AS (
    SELECT min(gap_days) AS percentile_days
    FROM gap_counts
    WHERE 100 * gaps_up_to >= ${THRESHOLD_PERCENTILE} * gap_count
  )
SELECT
  gap_days::INTEGER AS gap_days,
  gaps::INTEGER AS gaps,
  coalesce(gap_count, 0)::INTEGER AS gap_count,
  percentile_days::INTEGER AS percentile_days,
  coalesce(percentile_days, ${FALLBACK_THRESHOLD_DAYS})::INTEGER AS default_days
FROM percentile LEFT JOIN gap_counts ON TRUE
ORDER BY gap_days`;
}
