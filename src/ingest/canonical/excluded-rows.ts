import { ident, literal } from "../../engine/sql";
import type { RawTable } from "../types";
import { INGEST_ROWS_TABLE } from "./ingest-tables";

/** SQL: the excluded rows of one source: `reason`, `__row` (the file's data-row number), then the file's own columns. */
export function excludedRowsSql(raw: RawTable): string {
  const originalColumns = raw.columns.map((column) => `raw_row.${ident(column)}`).join(", ");
  return `SELECT ingest.excluded_reason AS reason, raw_row.__row, ${originalColumns}
FROM ${INGEST_ROWS_TABLE} AS ingest
JOIN ${ident(raw.table)} AS raw_row ON raw_row.__row = ingest.source_row
WHERE ingest.source_table = ${literal(raw.table)} AND ingest.excluded_reason IS NOT NULL
ORDER BY ingest.source_row`;
}
