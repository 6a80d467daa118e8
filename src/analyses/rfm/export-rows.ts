import type { Class8Key } from "./class8";
import type { SegmentKey } from "./segments";
import type { RfmCustomerRow } from "./types";

/** Columns of a downloaded customer list: the command line's, then net revenue and the last purchase date. */
export const CUSTOMER_CSV_COLUMNS = [
  "customer_id",
  "recency_days",
  "frequency",
  "monetary",
  "r_score",
  "f_score",
  "m_score",
  "fm_score",
  "segment",
  "class8",
  "net_revenue",
  "last_purchase_date",
] as const;

/** Customer rows for a CSV file, segment and class written as names in the user's language. */
export function customerCsvRows(
  rows: RfmCustomerRow[],
  names: { segment: (key: SegmentKey) => string; class8: (key: Class8Key) => string },
): Record<(typeof CUSTOMER_CSV_COLUMNS)[number], string | number>[] {
  return rows.map((row) => ({
    customer_id: row.customer_id,
    recency_days: row.recency_days,
    frequency: row.frequency,
    monetary: row.monetary,
    r_score: row.r_score,
    f_score: row.f_score,
    m_score: row.m_score,
    fm_score: row.fm_score,
    segment: names.segment(row.segment),
    class8: names.class8(row.class8),
    net_revenue: row.net_revenue,
    last_purchase_date: row.last_purchase_date,
  }));
}
