/** The canonical table every analysis reads (DESIGN.md, "The data model"); a view over PARSED_ROWS_TABLE. */
export const TRANSACTIONS_TABLE = "transactions";

/** One row per raw row: its source, why it was excluded (if it was) and what was noted about it; a view. */
export const INGEST_ROWS_TABLE = "ingest_rows";

/** Every raw row parsed, with its exclusion reason and notes: what both views read. */
export const PARSED_ROWS_TABLE = "ingest_parsed";

/** The columns of `transactions`, in order (their types are in PARSED_ROWS_SCHEMA). */
export const TRANSACTIONS_COLUMNS = [
  "source",
  "source_row",
  "customer_id",
  "order_id",
  "order_date",
  "order_ts",
  "amount",
  "quantity",
  "unit_price",
  "product",
  "category",
  "channel",
  "region",
] as const;

// Must match the columns stagedRowsSql selects, in order; used when no file is loaded.
export const PARSED_ROWS_SCHEMA = `(
  source_table VARCHAR,
  source VARCHAR,
  source_row INTEGER,
  customer_id VARCHAR,
  order_id VARCHAR,
  order_date DATE,
  order_ts TIMESTAMP,
  amount DOUBLE,
  quantity DOUBLE,
  unit_price DOUBLE,
  product VARCHAR,
  category VARCHAR,
  channel VARCHAR,
  region VARCHAR,
  excluded_reason VARCHAR,
  is_duplicate BOOLEAN,
  id_repaired BOOLEAN
)`;
