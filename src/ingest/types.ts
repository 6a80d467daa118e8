import type { TextScan } from "./read/scan-text";

/** The canonical fields a source column can be mapped to (DESIGN.md, "The data model"). */
export const CANONICAL_FIELDS = [
  "customer_id",
  "order_date",
  "amount",
  "order_id",
  "quantity",
  "unit_price",
  "product",
  "category",
  "channel",
  "region",
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** Which source column feeds each canonical field; null = not mapped. */
export type ColumnMapping = Record<CanonicalField, string | null>;

/** `3/5/2024` is month-first (mdy) unless the user says day-first (dmy). */
export type DateOrder = "mdy" | "dmy";

/** How one loaded source becomes rows of the canonical `transactions` table. */
export interface TransactionMapping {
  columns: ColumnMapping;
  /** "column": amount is mapped directly; "quantity_x_unit_price": amount = quantity × unit price. */
  amountFrom: "column" | "quantity_x_unit_price";
  dateOrder: DateOrder;
}

/** Settings that apply to the whole canonical table. */
export interface CanonicalOptions {
  /** Exact duplicate rows are kept by default (real data has genuine ones) and reported. */
  dropDuplicates: boolean;
}

/** A file loaded into DuckDB as an all-VARCHAR table with a 1-based `__row` column (its data-row number). */
export interface RawTable {
  /** The user's file name, as shown in messages. */
  fileName: string;
  /** The DuckDB table name, e.g. `raw_1`. */
  table: string;
  /** Column names as in the file (blank or repeated headers made unique), excluding `__row`. */
  columns: string[];
  rowCount: number;
  /** What was detected while reading, shown to the user (encoding, delimiter, sheet …). */
  format: SourceFormat;
  /**
   * What reading told of the values: for delimited text a pass over the bytes (src/ingest/read/scan-text.ts);
   * for files read in JavaScript, from their Arrow text (src/ingest/read/string-columns-ipc.ts): whether any
   * value has whitespace at its edges, the columns' shapes (column-shapes.ts), and for Parquet the repeats.
   */
  textScan?: TextScan;
}

export interface SourceFormat {
  kind: "delimited" | "xlsx" | "parquet" | "json";
  encoding?: string;
  delimiter?: string;
  header?: boolean;
  lineEnding?: "LF" | "CRLF" | "CR";
  sheet?: string;
}

/** Why a row is excluded from, or noted in, the canonical table. Order = precedence (first match wins). */
export const EXCLUSION_REASONS = ["missing_customer_id", "unparseable_date", "unparseable_amount", "duplicate_dropped"] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
/** Rows that are kept but counted, so nothing is silently changed. */
export const NOTED_REASONS = ["refund", "duplicate_kept", "id_repaired", "zero_amount"] as const;
export type NotedReason = (typeof NOTED_REASONS)[number];

export interface QualityReasonCount {
  reason: ExclusionReason | NotedReason;
  kind: "excluded" | "kept";
  rows: number;
  /** A few example rows: source file, its row number and the raw values of the mapped columns. */
  examples: { fileName: string; row: number; values: Record<string, string | null> }[];
}

export interface QualityReport {
  rowsRead: number;
  rowsUsed: number;
  reasons: QualityReasonCount[];
}

/** A mapping with no column mapped yet. */
export function unmappedColumns(): ColumnMapping {
  return Object.fromEntries(CANONICAL_FIELDS.map((field) => [field, null])) as ColumnMapping;
}
