import type { Database } from "../../engine/database";
import type { RfmTables } from "./customer-scores-sql";
import { buildPurchaseHistoryQuery, buildRfmCustomersQuery, type CustomerFilter } from "./customers-query";
import { buildDistributionQuery } from "./distribution-query";
import { DEFAULT_FREQUENCY_CUTPOINTS, type Cutpoints, type RfmOptions, type ScoreThresholds, type SegmentScheme } from "./options";
import { buildCellsQuery, buildRfmStatsQuery, buildScoreRangesQuery, buildSegmentSummaryQuery } from "./summary-query";
import { buildSuggestedCutpointsQuery } from "./thresholds-query";
import type {
  DistributionBinRow,
  PurchaseHistoryRow,
  RfmCellRow,
  RfmCustomerRow,
  RfmResult,
  RfmStats,
  ScoreRangeRow,
  SegmentSummaryRow,
  SuggestedCutpointsRow,
} from "./types";

/** What depends only on the as-of date and the monetary definition: the stats and the distributions. */
export async function runRfmPopulation(db: Database, options: RfmOptions, tables?: RfmTables): Promise<Pick<RfmResult, "stats" | "distributions">> {
  const [stats] = await db.query<RfmStats>(buildRfmStatsQuery(options, tables));
  if (!stats) throw new Error("The RFM statistics query returned no row");
  return { stats, distributions: await db.query<DistributionBinRow>(buildDistributionQuery(options, tables)) };
}

/** Each score's value range and customer count: changes with the scoring. */
export function runScoreRanges(db: Database, options: RfmOptions, tables?: RfmTables): Promise<ScoreRangeRow[]> {
  return db.query<ScoreRangeRow>(buildScoreRangesQuery(options, tables));
}

/** The segment (or class) summary and the 25 cells: change with the scoring, the map and the scheme. */
export async function runSegments(db: Database, options: RfmOptions, scheme: SegmentScheme, tables?: RfmTables): Promise<Pick<RfmResult, "summary" | "cells">> {
  return {
    summary: await db.query<SegmentSummaryRow>(buildSegmentSummaryQuery(options, scheme, tables)),
    cells: await db.query<RfmCellRow>(buildCellsQuery(options, tables)),
  };
}

/**
 * Runs every RFM summary on `transactions`; with `tables` (see materialize.ts) the queries read the
 * materialized first steps instead of recomputing them.
 */
export async function runRfm(db: Database, options: RfmOptions, scheme: SegmentScheme, tables?: RfmTables): Promise<RfmResult> {
  const population = await runRfmPopulation(db, options, tables);
  const scoreRanges = await runScoreRanges(db, options, tables);
  return { ...population, scoreRanges, ...(await runSegments(db, options, scheme, tables)) };
}

/** The scored customers of a filter, highest monetary first; all of them without a limit. */
export function runRfmCustomers(db: Database, options: RfmOptions, filter?: CustomerFilter, limit?: number, tables?: RfmTables): Promise<RfmCustomerRow[]> {
  return db.query<RfmCustomerRow>(buildRfmCustomersQuery(options, filter, limit, tables));
}

/** A customer's orders and refunds, oldest first. */
export function runPurchaseHistory(db: Database, customerId: string, asOfDate: string): Promise<PurchaseHistoryRow[]> {
  return db.query<PurchaseHistoryRow>(buildPurchaseHistoryQuery(customerId, asOfDate));
}

/** Rounds to two significant digits so suggested cut points are easy to read and to type. */
function roundCut(value: number | null, fallback: number): number {
  if (value === null || !Number.isFinite(value)) return fallback;
  if (value === 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Number((Math.round(value / step) * step).toPrecision(2));
}

/** Starting cut points: recency and monetary at the data's 20/40/60/80 % values, frequency 2, 3, 4, 5. */
export async function suggestThresholds(db: Database, options: RfmOptions, tables?: RfmTables): Promise<ScoreThresholds> {
  const [row] = await db.query<SuggestedCutpointsRow>(buildSuggestedCutpointsQuery(options, tables));
  const cuts = (prefix: "recency" | "monetary"): Cutpoints => [
    roundCut(row?.[`${prefix}_1`] ?? null, 1),
    roundCut(row?.[`${prefix}_2`] ?? null, 2),
    roundCut(row?.[`${prefix}_3`] ?? null, 3),
    roundCut(row?.[`${prefix}_4`] ?? null, 4),
  ];
  return { recency: cuts("recency"), frequency: DEFAULT_FREQUENCY_CUTPOINTS, monetary: cuts("monetary") };
}
