/** The canonical table every analysis reads (DESIGN.md, "The data model"). */
export const TRANSACTIONS_TABLE = "transactions";

/** One row per raw row: its source, why it was excluded (if it was) and what was noted about it. */
export const INGEST_ROWS_TABLE = "ingest_rows";

export const TRANSACTIONS_SCHEMA = `(
  source VARCHAR,
  source_row INTEGER,
  customer_id VARCHAR,
  order_id VARCHAR NOT NULL,
  order_date DATE,
  order_ts TIMESTAMP,
  amount DOUBLE,
  quantity DOUBLE,
  unit_price DOUBLE,
  product VARCHAR,
  category VARCHAR,
  channel VARCHAR,
  region VARCHAR
)`;

// The boolean columns are named after the NotedReason they flag; they are false on excluded rows.
export const INGEST_ROWS_SCHEMA = `(
  source_table VARCHAR,
  source VARCHAR,
  source_row INTEGER,
  excluded_reason VARCHAR,
  refund BOOLEAN,
  duplicate_kept BOOLEAN,
  id_repaired BOOLEAN,
  zero_amount BOOLEAN
)`;
