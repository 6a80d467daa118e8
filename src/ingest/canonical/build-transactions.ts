import type { CanonicalOptions } from "../types";
import { INGEST_ROWS_TABLE, PARSED_ROWS_TABLE, PARSED_ROWS_SCHEMA, TRANSACTIONS_COLUMNS, TRANSACTIONS_TABLE } from "./ingest-tables";
import type { MappedSource } from "./staged-rows";
import { REPEATED_ROWS_TABLE, repeatedRowsSql, stagedRowsSql } from "./staged-rows";

/**
 * SQL statements (run in order) that rebuild the canonical `transactions` and `ingest_rows` (the per-row
 * record the quality report is read from) from the mapped raw tables.
 *
 * Every raw row is parsed once into `ingest_parsed`; both are views over it. Copying the kept rows into a
 * table of their own cost about a second per million rows in the browser, and reading through the view
 * costs one more column scan (`excluded_reason`, nearly all NULL).
 */
export function buildTransactionsSql(sources: MappedSource[], options: CanonicalOptions): string[] {
  const parsedRows =
    sources.length === 0
      ? [`CREATE OR REPLACE TABLE ${PARSED_ROWS_TABLE} ${PARSED_ROWS_SCHEMA}`]
      : [
          // As a table of its own the few repeats make a small semi-join; inside the parse they cost a second more.
          `CREATE OR REPLACE TEMP TABLE ${REPEATED_ROWS_TABLE} AS\n${sources.map(repeatedRowsSql).join("\nUNION ALL\n")}`,
          // Rows stay in file order (DuckDB preserves insertion order); readers that need an order sort.
          `CREATE OR REPLACE TABLE ${PARSED_ROWS_TABLE} AS\n${sources.map((source) => stagedRowsSql(source, options)).join("\nUNION ALL\n")}`,
          `DROP TABLE ${REPEATED_ROWS_TABLE}`,
        ];
  return [
    ...parsedRows,
    `CREATE OR REPLACE VIEW ${TRANSACTIONS_TABLE} AS
  SELECT ${TRANSACTIONS_COLUMNS.join(", ")}
  FROM ${PARSED_ROWS_TABLE}
  WHERE excluded_reason IS NULL`,
    `CREATE OR REPLACE VIEW ${INGEST_ROWS_TABLE} AS
  SELECT
    source_table, source, source_row, excluded_reason,
    kept AND amount < 0 AS refund,
    kept AND is_duplicate AS duplicate_kept,
    kept AND id_repaired AS id_repaired,
    kept AND amount = 0 AS zero_amount
  FROM (SELECT *, excluded_reason IS NULL AS kept FROM ${PARSED_ROWS_TABLE})`,
  ];
}
