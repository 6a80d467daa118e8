import type { CanonicalOptions } from "../types";
import { INGEST_ROWS_SCHEMA, INGEST_ROWS_TABLE, TRANSACTIONS_SCHEMA, TRANSACTIONS_TABLE } from "./ingest-tables";
import type { MappedSource } from "./staged-rows";
import { stagedRowsSql } from "./staged-rows";

const STAGING_TABLE = "ingest_staging";

/**
 * SQL statements (run in order) that rebuild the canonical `transactions` table from the mapped raw
 * tables, and `ingest_rows`, the per-row record the quality report is read from.
 */
export function buildTransactionsSql(sources: MappedSource[], options: CanonicalOptions): string[] {
  const createTables = [
    `CREATE OR REPLACE TABLE ${TRANSACTIONS_TABLE} ${TRANSACTIONS_SCHEMA}`,
    `CREATE OR REPLACE TABLE ${INGEST_ROWS_TABLE} ${INGEST_ROWS_SCHEMA}`,
  ];
  if (sources.length === 0) return createTables;
  // Rows stay in file order (DuckDB preserves insertion order); readers that need an order sort.
  return [
    ...createTables,
    `CREATE OR REPLACE TEMP TABLE ${STAGING_TABLE} AS\n${sources.map((source) => stagedRowsSql(source, options)).join("\nUNION ALL\n")}`,
    `INSERT INTO ${TRANSACTIONS_TABLE}
  SELECT source, source_row, customer_id, order_id, order_date, order_ts, amount, quantity, unit_price, product, category, channel, region
  FROM ${STAGING_TABLE}
  WHERE excluded_reason IS NULL`,
    `INSERT INTO ${INGEST_ROWS_TABLE}
  SELECT
    source_table, source, source_row, excluded_reason,
    kept AND amount < 0 AS refund,
    kept AND is_duplicate AS duplicate_kept,
    kept AND id_repaired AS id_repaired,
    kept AND amount = 0 AS zero_amount
  FROM (SELECT *, excluded_reason IS NULL AS kept FROM ${STAGING_TABLE})`,
    `DROP TABLE ${STAGING_TABLE}`,
  ];
}
