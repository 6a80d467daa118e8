import { rfmCtes, type RfmTables } from "./customer-scores-sql";
import type { RfmOptions } from "./options";

const QUINTILES = [0.2, 0.4, 0.6, 0.8];

/**
 * SQL for one `SuggestedCutpointsRow`: starting cut points for fixed thresholds taken from the data,
 * the 20 / 40 / 60 / 80 % values (quantile_disc) of recency_days and of monetary.
 */
export function buildSuggestedCutpointsQuery(options: RfmOptions, tables?: RfmTables): string {
  const quantiles = (column: string, prefix: string) =>
    QUINTILES.map((share, index) => `quantile_disc(${column}, ${share})::DOUBLE AS ${prefix}${index + 1}`).join(",\n  ");
  return `WITH
  ${rfmCtes(options, tables)}
SELECT
  ${quantiles("recency_days", "recency_")},
  ${quantiles("monetary", "monetary_")}
FROM customer_mean_split`;
}
