import { asOfCtes } from "../as-of";
import { dateLiteral, ident, literal } from "../../engine/sql";
import { CLASS8_RULES } from "./class8";
import type { Cutpoints, RfmOptions, Scoring } from "./options";
import { cellKey, isSegmentMap, SCORES, type SegmentMap } from "./segments";

const quantileScore = (rank: string) => `1 + (5 * (${rank} - 1)) // customer_count`;

/** R counts down from 5 as recency passes each cut point; F and M count up from 1. */
function thresholdScore(column: string, cutpoints: Cutpoints, direction: "recency" | "higher_is_better"): string {
  const passed = cutpoints.map((cut) => `(${column} ${direction === "recency" ? ">" : ">="} ${literal(cut)})::INTEGER`).join(" + ");
  return direction === "recency" ? `5 - (${passed})` : `1 + ${passed}`;
}

function scoreColumns(scoring: Scoring): string {
  switch (scoring.method) {
    case "quantile":
      return `${quantileScore("r_rank")} AS r_score,
      ${quantileScore("f_rank")} AS f_score,
      ${quantileScore("m_rank")} AS m_score`;
    case "thresholds":
      return `${thresholdScore("recency_days", scoring.thresholds.recency, "recency")} AS r_score,
      ${thresholdScore("frequency", scoring.thresholds.frequency, "higher_is_better")} AS f_score,
      ${thresholdScore("monetary", scoring.thresholds.monetary, "higher_is_better")} AS m_score`;
    case "mean":
      return `CASE WHEN r_high THEN 5 ELSE 1 END AS r_score,
      CASE WHEN f_high THEN 5 ELSE 1 END AS f_score,
      CASE WHEN m_high THEN 5 ELSE 1 END AS m_score`;
  }
}

function segmentMapValues(map: SegmentMap): string {
  if (!isSegmentMap(map)) throw new Error("The segment map must name a segment for each of the 25 (R, FM) cells");
  return SCORES.flatMap((r) => SCORES.map((fm) => `(${r}, ${fm}, ${literal(map[cellKey(r, fm)])})`)).join(", ");
}

const class8Case = `CASE
        ${CLASS8_RULES.map((rule) => `WHEN ${rule.r ? "" : "NOT "}r_high AND ${rule.f ? "" : "NOT "}f_high AND ${rule.m ? "" : "NOT "}m_high THEN ${literal(rule.key)}`).join("\n        ")}
      END`;

function segmentMapCte(options: RfmOptions): string {
  return `segment_map (r_score, fm_score, segment) AS (
    VALUES ${segmentMapValues(options.segmentMap)}
  )`;
}

/** Materialized tables the view reads instead of recomputing the costly first CTEs (see materialize.ts). */
export type RfmTables = {
  /** Holds `customer_activity` of the same as-of date. */
  activity: string;
  /** Holds `customer_mean_split` of the same as-of date and monetary definition. */
  ranked: string;
  /** Holds `customer_scores` of the same options (scoring and segment map too), when made. */
  scored?: string;
};

/** `customer_activity`: every customer with a row up to the as-of date; refund-only customers have frequency 0. */
export function customerActivityCtes(asOfDate: string): string {
  return `${asOfCtes(asOfDate)},
  customer_activity AS (
    SELECT
      customer_id,
      min(order_date) FILTER (WHERE amount >= 0) AS first_purchase_date,
      max(order_date) FILTER (WHERE amount >= 0) AS last_purchase_date,
      count(DISTINCT order_id) FILTER (WHERE amount >= 0) AS frequency,
      -- kept to 6 decimals so floating-point noise never splits a tie (0.1 + 0.2 = 0.3) and sums stay exact
      CAST(sum(amount) AS DECIMAL(38, 6)) AS net_revenue
    FROM transactions_as_of
    GROUP BY customer_id
  )`;
}

/** From `customer_activity` to `customer_mean_split`: the measures, their ranks and the above-the-mean flags. */
export function customerRankCtes(options: Pick<RfmOptions, "asOfDate" | "monetary">): string {
  const monetary = options.monetary === "mean" ? "CAST(net_revenue / frequency AS DECIMAL(38, 6))" : "net_revenue";
  return `customer_values AS (
    SELECT
      customer_id,
      first_purchase_date,
      last_purchase_date,
      ${dateLiteral(options.asOfDate)} - last_purchase_date AS recency_days,
      frequency,
      net_revenue,
      ${monetary} AS monetary
    FROM customer_activity
    WHERE frequency > 0
  ),
  customer_ranks AS (
    SELECT
      *,
      count(*) OVER () AS customer_count,
      rank() OVER (ORDER BY recency_days DESC) AS r_rank,
      rank() OVER (ORDER BY frequency) AS f_rank,
      rank() OVER (ORDER BY monetary) AS m_rank,
      sum(recency_days) OVER () AS recency_sum,
      sum(frequency) OVER () AS frequency_sum,
      sum(monetary) OVER () AS monetary_sum
    FROM customer_values
  ),
  customer_mean_split AS (
    -- value × N against the sum: the exact "above the mean" test, no rounded mean
    SELECT
      customer_id,
      first_purchase_date,
      last_purchase_date,
      recency_days::INTEGER AS recency_days,
      frequency::INTEGER AS frequency,
      -- equal DECIMALs become equal DOUBLEs and the order is kept, so ties survive the cast
      CAST(net_revenue AS DOUBLE) AS net_revenue,
      CAST(monetary AS DOUBLE) AS monetary,
      customer_count::INTEGER AS customer_count,
      r_rank::INTEGER AS r_rank,
      f_rank::INTEGER AS f_rank,
      m_rank::INTEGER AS m_rank,
      recency_days * customer_count < recency_sum AS r_high,
      frequency * customer_count > frequency_sum AS f_high,
      monetary * customer_count > monetary_sum AS m_high
    FROM customer_ranks
  )`;
}

/** From `customer_mean_split` to `customer_scores` (with `segment_map`): scores, FM, segment and class. */
export function customerScoreCtes(options: RfmOptions): string {
  return `customer_rfm_scores AS (
    SELECT
      *,
      ${scoreColumns(options.scoring)}
    FROM customer_mean_split
  ),
  ${segmentMapCte(options)},
  customer_scores AS (
    SELECT
      s.*,
      segment_map.segment,
      ${class8Case} AS class8
    FROM (
      -- FM = round-half-up((F + M) / 2)
      SELECT *, (f_score + m_score + 1) // 2 AS fm_score FROM customer_rfm_scores
    ) AS s
    JOIN segment_map USING (r_score, fm_score)
  )`;
}

/**
 * The CTEs, for a `WITH` clause, up to `customer_scores`: one row per customer with a purchase up to the
 * as-of date (definitions in types.ts, `RfmCustomerRow`); `customer_activity` also holds the refund-only
 * customers; `segment_map` is the 25-cell map. With `tables`, the first CTEs read materialized tables (same rows).
 */
export function rfmCtes(options: RfmOptions, tables?: RfmTables): string {
  const ranked = tables
    ? `customer_activity AS (SELECT * FROM ${ident(tables.activity)}),
  customer_mean_split AS (SELECT * FROM ${ident(tables.ranked)})`
    : `${customerActivityCtes(options.asOfDate)},
  ${customerRankCtes(options)}`;
  const scored = tables?.scored ? `${segmentMapCte(options)},
  customer_scores AS (SELECT * FROM ${ident(tables.scored)})` : customerScoreCtes(options);
  return `${ranked},
  ${scored}`;
}
