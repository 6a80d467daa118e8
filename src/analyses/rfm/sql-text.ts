import type { CustomerFilter } from "./customers-query";
import { buildRfmCustomersQuery } from "./customers-query";
import { buildDistributionQuery } from "./distribution-query";
import type { RfmOptions, SegmentScheme } from "./options";
import { buildCellsQuery, buildRfmStatsQuery, buildScoreRangesQuery, buildSegmentSummaryQuery } from "./summary-query";

/** The "show SQL" text: every query of the view written out in full (runnable as is), each under its title. */
export function rfmSqlText(
  options: RfmOptions,
  scheme: SegmentScheme,
  filter: CustomerFilter,
  titles: { note: string; customers: string; stats: string; ranges: string; summary: string; cells: string; distribution: string },
): string {
  return [
    `-- ${titles.note}`,
    `-- ${titles.customers}\n${buildRfmCustomersQuery(options, filter)};`,
    `-- ${titles.summary}\n${buildSegmentSummaryQuery(options, scheme)};`,
    `-- ${titles.cells}\n${buildCellsQuery(options)};`,
    `-- ${titles.ranges}\n${buildScoreRangesQuery(options)};`,
    `-- ${titles.stats}\n${buildRfmStatsQuery(options)};`,
    `-- ${titles.distribution}\n${buildDistributionQuery(options)};`,
  ].join("\n\n");
}
