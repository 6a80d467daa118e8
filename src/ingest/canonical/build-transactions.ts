import type { CanonicalOptions } from "../types";
import { INGEST_ROWS_TABLE, PARSED_ROWS_TABLE, PARSED_ROWS_SCHEMA, TRANSACTIONS_COLUMNS, TRANSACTIONS_TABLE } from "./ingest-tables";
import type { MappedSource } from "./staged-rows";
import { repeatedRowsSql, stagedRowsSql } from "./staged-rows";

/**
 * SQL statements (run in order) that rebuild the canonical `transactions` and `ingest_rows` (the per-row
 * record the quality report is read from) from the mapped raw tables.
 *
 * Every raw row is parsed once into `ingest_parsed`; both are views over it. Copying the kept rows into a
 * table of their own cost about a second per million rows in the browser, and reading through the view
 * costs one more column scan (`excluded_reason`, nearly all NULL).
 *
 * Each file's exact repeats are found first, into a small table of its own (a semi-join for the parse;
 * inside the parse they cost a second more). They depend on the file alone, so a caller that kept them from
 * an earlier build passes only the sources still `withoutRepeats` (by default all).
 */
export function buildTransactionsSql(sources: MappedSource[], options: CanonicalOptions, withoutRepeats: MappedSource[] = sources): string[] {
  const parsedRows =
    sources.length === 0
      ? [`CREATE OR REPLACE TABLE ${PARSED_ROWS_TABLE} ${PARSED_ROWS_SCHEMA}`]
      : [
          ...withoutRepeats.map(repeatedRowsSql),
          // Rows stay in file order (DuckDB preserves insertion order); readers that need an order sort.
          `CREATE OR REPLACE TABLE ${PARSED_ROWS_TABLE} AS\n${sources.map((source) => stagedRowsSql(source, options)).join("\nUNION ALL\n")}`,
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
