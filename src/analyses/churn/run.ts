import type { Database } from "../../engine/database";
import type { AsOfOptions } from "../as-of";
import { buildGrowthAccountingQuery } from "./growth-query";
import type { CustomerStatusOptions, GrowthAccountingOptions } from "./options";
import { materializeScoredTables } from "../rfm/materialize";
import { defaultRfmOptions } from "../rfm/options";
import { buildCustomerStatusQuery, buildStatusSummaryQuery, buildWinBackListQuery } from "./status-query";
import { buildThresholdEvidenceQuery } from "./threshold-query";
import type { CustomerStatusResult, CustomerStatusRow, DefaultThresholdRow, GapCountRow, PeriodRow, StatusSummaryRow, ThresholdEvidence, WinBackRow } from "./types";

/** Runs the attrition / growth-accounting series. */
export function runGrowthAccounting(db: Database, options: GrowthAccountingOptions): Promise<PeriodRow[]> {
  return db.query<PeriodRow>(buildGrowthAccountingQuery(options));
}

/** The default threshold derived from the gaps between purchase days, with the gaps' histogram. */
export async function runThresholdEvidence(db: Database, options: AsOfOptions): Promise<ThresholdEvidence> {
  const rows = await db.query<DefaultThresholdRow & { gap_days: number | null; gaps: number | null }>(buildThresholdEvidenceQuery(options));
  const [first] = rows;
  if (!first) throw new Error("The threshold query returned no row");
  const gap_distribution = rows.flatMap(({ gap_days, gaps }): GapCountRow[] => (gap_days === null || gaps === null ? [] : [{ gap_days, gaps }]));
  return { gap_count: first.gap_count, percentile_days: first.percentile_days, default_days: first.default_days, gap_distribution };
}

/**
 * Customers and revenue per status, and the win-back list, for threshold N. With `dataVersion` (the page) the
 * list's RFM segments come from the RFM view's cached tables, usually already built after the load.
 */
export async function runCustomerStatus(db: Database, options: CustomerStatusOptions, dataVersion?: number): Promise<CustomerStatusResult> {
  const summary = await db.query<StatusSummaryRow>(buildStatusSummaryQuery(options));
  const rfmTables = dataVersion === undefined ? undefined : await materializeScoredTables(db, defaultRfmOptions(options.asOfDate), dataVersion);
  const winBack = await db.query<WinBackRow>(buildWinBackListQuery(options, rfmTables));
  return { summary, winBack };
}

/** Every customer's status, by customer id. */
export function runCustomerList(db: Database, options: CustomerStatusOptions): Promise<CustomerStatusRow[]> {
  return db.query<CustomerStatusRow>(buildCustomerStatusQuery(options));
}
