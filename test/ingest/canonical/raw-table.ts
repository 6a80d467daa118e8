import type { Database } from "../../../src/engine/database";
import { ident, literal } from "../../../src/engine/sql";
import type { RawTable } from "../../../src/ingest/types";

const ROWS_PER_INSERT = 1000;

/** Creates a raw table as the readers do: every column VARCHAR, plus `__row` = the 1-based data-row number. */
export async function createRawTable(db: Database, table: string, fileName: string, columns: string[], rows: (string | null)[][]): Promise<RawTable> {
  const definitions = ["__row INTEGER", ...columns.map((column) => `${ident(column)} VARCHAR`)];
  await db.exec(`CREATE OR REPLACE TABLE ${ident(table)} (${definitions.join(", ")})`);
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const values = rows.slice(start, start + ROWS_PER_INSERT).map((row, index) => `(${[start + index + 1, ...row].map(literal).join(", ")})`);
    await db.exec(`INSERT INTO ${ident(table)} VALUES ${values.join(", ")}`);
  }
  return { fileName, table, columns, rowCount: rows.length, format: { kind: "delimited" } };
}
