import { dateLiteral, literal } from "../../engine/sql";
import { CLASS8_KEYS } from "./class8";
import { rfmCtes, type RfmTables } from "./customer-scores-sql";
import type { RfmOptions, SegmentScheme } from "./options";
import { segmentsInMap } from "./segments";

/** SQL for one `RfmStats` row: customer count, means and the refund-only customers left out. */
export function buildRfmStatsQuery(options: RfmOptions, tables?: RfmTables): string {
  return `WITH
  ${rfmCtes(options, tables)},
  refund_only AS (
    SELECT count(*) AS customers, coalesce(sum(net_revenue), 0) AS net_revenue
    FROM customer_activity
    WHERE frequency = 0
  ),
  scored AS (
    SELECT
      count(*) AS customers,
      coalesce(sum(net_revenue), 0) AS net_revenue,
      avg(recency_days) AS mean_recency_days,
      avg(frequency) AS mean_frequency,
      avg(monetary) AS mean_monetary
    FROM customer_mean_split
  )
SELECT
  CAST(${dateLiteral(options.asOfDate)} AS VARCHAR) AS as_of_date,
  scored.customers::INTEGER AS customers,
  scored.net_revenue::DOUBLE AS net_revenue,
  mean_recency_days::DOUBLE AS mean_recency_days,
  mean_frequency::DOUBLE AS mean_frequency,
  mean_monetary::DOUBLE AS mean_monetary,
  refund_only.customers::INTEGER AS refund_only_customers,
  refund_only.net_revenue::DOUBLE AS refund_only_net_revenue
FROM scored, refund_only`;
}

/** SQL for the 15 `ScoreRangeRow`s (R, F, M × scores 1–5), empty scores included. */
export function buildScoreRangesQuery(options: RfmOptions, tables?: RfmTables): string {
  const perScore = (measure: string, score: string, value: string) =>
    `SELECT ${literal(measure)} AS measure, ${score} AS score, count(*) AS customers, min(${value}) AS min_value, max(${value}) AS max_value
    FROM customer_scores GROUP BY ${score}`;
  return `WITH
  ${rfmCtes(options, tables)},
  score_ranges AS (
    ${perScore("recency", "r_score", "recency_days")}
    UNION ALL ${perScore("frequency", "f_score", "frequency")}
    UNION ALL ${perScore("monetary", "m_score", "monetary")}
  ),
  score_grid AS (
    SELECT measure, measure_order, score
    FROM (VALUES ('recency', 1), ('frequency', 2), ('monetary', 3)) AS measures (measure, measure_order), range(1, 6) AS scores (score)
  )
SELECT
  measure,
  score::INTEGER AS score,
  coalesce(customers, 0)::INTEGER AS customers,
  min_value::DOUBLE AS min_value,
  max_value::DOUBLE AS max_value
FROM score_grid
LEFT JOIN score_ranges USING (measure, score)
ORDER BY measure_order, score`;
}

/**
 * SQL for the `SegmentSummaryRow`s of a scheme: the segments the map uses (or the 8 classes), in their
 * fixed order, with zeros for empty ones.
 */
export function buildSegmentSummaryQuery(options: RfmOptions, scheme: SegmentScheme, tables?: RfmTables): string {
  const keys = scheme === "cn8" ? CLASS8_KEYS : segmentsInMap(options.segmentMap);
  const column = scheme === "cn8" ? "class8" : "segment";
  return `WITH
  ${rfmCtes(options, tables)},
  groups (segment, position) AS (
    VALUES ${keys.map((key, index) => `(${literal(key)}, ${index + 1})`).join(", ")}
  ),
  totals AS (
    SELECT count(*) AS customers, sum(net_revenue) AS net_revenue FROM customer_mean_split
  ),
  per_group AS (
    SELECT ${column} AS segment, count(*) AS customers, sum(net_revenue) AS net_revenue
    FROM customer_scores
    GROUP BY ${column}
  )
SELECT
  groups.segment,
  coalesce(per_group.customers, 0)::INTEGER AS customers,
  coalesce(per_group.net_revenue, 0)::DOUBLE AS revenue,
  (coalesce(per_group.customers, 0) / NULLIF(totals.customers, 0))::DOUBLE AS customer_share,
  (coalesce(per_group.net_revenue, 0) / NULLIF(totals.net_revenue, 0))::DOUBLE AS revenue_share
FROM groups
CROSS JOIN totals
LEFT JOIN per_group USING (segment)
ORDER BY groups.position`;
}

/** SQL for the 25 `RfmCellRow`s (R 5..1 × FM 1..5) with their segment, customers and revenue. */
export function buildCellsQuery(options: RfmOptions, tables?: RfmTables): string {
  return `WITH
  ${rfmCtes(options, tables)},
  per_cell AS (
    SELECT r_score, fm_score, count(*) AS customers, sum(net_revenue) AS net_revenue
    FROM customer_scores
    GROUP BY r_score, fm_score
  )
SELECT
  r_score::INTEGER AS r_score,
  fm_score::INTEGER AS fm_score,
  segment_map.segment,
  coalesce(per_cell.customers, 0)::INTEGER AS customers,
  coalesce(per_cell.net_revenue, 0)::DOUBLE AS revenue
FROM segment_map
LEFT JOIN per_cell USING (r_score, fm_score)
ORDER BY r_score DESC, fm_score`;
}
