import { rfmCtes, type RfmTables } from "./customer-scores-sql";
import type { RfmMeasure, RfmOptions } from "./options";

const COLUMNS: Record<RfmMeasure, string> = { recency: "recency_days", frequency: "frequency", monetary: "monetary" };

/** The bins of one measure: width first (raw, then rounded), then each customer's bin, then the counts. */
function measureHistogramCtes(measure: RfmMeasure): string {
  const column = COLUMNS[measure];
  const wholeNumbers = measure !== "monetary";
  return `${measure}_bounds AS (
    SELECT
      min(${column}) AS low,
      quantile_disc(${column}, 0.99) AS high,
      max(${column}) AS top,
      (quantile_disc(${column}, 0.99) - min(${column})) / 20 AS raw_width
    FROM customer_mean_split
  ),
  ${measure}_layout AS (
    SELECT *, floor(low / width) * width AS start, floor((high - floor(low / width) * width) / width) AS last_bin
    FROM (
      SELECT *, ${wholeNumbers ? "greatest(1, ceil(nice_width))" : "nice_width"} AS width
      FROM (
        SELECT
          *,
          CASE WHEN raw_width > 0 THEN pow(10, floor(log10(raw_width))) ELSE 1 END AS magnitude,
          CASE
            WHEN raw_width <= 0 THEN 1
            WHEN raw_width / magnitude <= 1 THEN magnitude
            WHEN raw_width / magnitude <= 2 THEN 2 * magnitude
            WHEN raw_width / magnitude <= 5 THEN 5 * magnitude
            ELSE 10 * magnitude
          END AS nice_width
        FROM ${measure}_bounds
        WHERE low IS NOT NULL
      )
    )
  ),
  ${measure}_bins AS (
    SELECT
      '${measure}' AS measure,
      least(floor((${column} - start) / width), last_bin) AS bin,
      any_value(start) AS start,
      any_value(width) AS width,
      any_value(last_bin) AS last_bin,
      any_value(top) AS top,
      count(*) AS customers
    FROM customer_mean_split, ${measure}_layout
    GROUP BY bin
  )`;
}

/**
 * SQL for the `DistributionBinRow`s: a histogram of each measure with about 20 bins of a round width
 * (1, 2 or 5 × 10^k; whole numbers for days and orders) from the minimum to the 99th percentile; the
 * last bin also holds the few larger values and is then marked open-ended. Empty bins are left out.
 */
export function buildDistributionQuery(options: RfmOptions, tables?: RfmTables): string {
  return `WITH
  ${rfmCtes(options, tables)},
  ${measureHistogramCtes("recency")},
  ${measureHistogramCtes("frequency")},
  ${measureHistogramCtes("monetary")},
  all_bins AS (
    SELECT * FROM recency_bins
    UNION ALL SELECT * FROM frequency_bins
    UNION ALL SELECT * FROM monetary_bins
  )
SELECT
  measure,
  bin::INTEGER AS bin,
  (start + bin * width)::DOUBLE AS bin_start,
  (start + (bin + 1) * width)::DOUBLE AS bin_end,
  customers::INTEGER AS customers,
  bin = last_bin AND top >= start + (bin + 1) * width AS open_ended
FROM all_bins
ORDER BY CASE measure WHEN 'recency' THEN 1 WHEN 'frequency' THEN 2 ELSE 3 END, bin`;
}
