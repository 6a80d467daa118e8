import type { Database } from "../../engine/database";
import { CLASS8_RULES, type Class8Key } from "./class8";
import { buildRfmTables } from "./materialize";
import type { RfmOptions, SegmentScheme } from "./options";
import { runRfm, runRfmCustomers } from "./run";
import { rfmSegmentMessages } from "./segment-messages";
import type { SegmentKey } from "./segments";

const CHINESE_CLASS: Record<Class8Key, string> = Object.fromEntries(CLASS8_RULES.map((rule) => [rule.key, rule.chinese])) as Record<Class8Key, string>;

/** The English segment name; classes of the 8-class scheme keep their established Chinese names. */
export function segmentName(key: SegmentKey): string {
  return rfmSegmentMessages.en[`rfm.segment.${key}`];
}
export function class8Name(key: Class8Key): string {
  return CHINESE_CLASS[key];
}

/** One customer as the command line prints it (the columns, in its order). */
export type RfmCliCustomer = {
  customer_id: string;
  recency_days: number;
  frequency: number;
  monetary: number;
  r_score: number;
  f_score: number;
  m_score: number;
  fm_score: number;
  segment: string;
  class8: string;
};

/** One line of the printed summary: a segment (or class) with its customers and net revenue. */
export type RfmCliSummary = { segment: string; customers: number; revenue: number; revenue_share: number | null };

/** The per-customer table and the summary of the scheme, computed with the same SQL as the view. */
export async function buildRfmReport(db: Database, options: RfmOptions, scheme: SegmentScheme) {
  const tables = await buildRfmTables(db, options);
  const { stats, summary } = await runRfm(db, options, scheme, tables);
  const rows = await runRfmCustomers(db, options, { kind: "all" }, undefined, tables);
  const customers: RfmCliCustomer[] = rows
    .sort((a, b) => (a.customer_id < b.customer_id ? -1 : a.customer_id > b.customer_id ? 1 : 0))
    .map((row) => ({
      customer_id: row.customer_id,
      recency_days: row.recency_days,
      frequency: row.frequency,
      monetary: row.monetary,
      r_score: row.r_score,
      f_score: row.f_score,
      m_score: row.m_score,
      fm_score: row.fm_score,
      segment: segmentName(row.segment),
      class8: class8Name(row.class8),
    }));
  const name = (key: string) => (scheme === "cn8" ? class8Name(key as Class8Key) : segmentName(key as SegmentKey));
  const printedSummary: RfmCliSummary[] = summary.map((row) => ({
    segment: name(row.segment),
    customers: row.customers,
    revenue: row.revenue,
    revenue_share: row.revenue_share,
  }));
  return { stats, customers, summary: printedSummary };
}
