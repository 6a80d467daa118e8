import { Table, Utf8, makeVector, tableToIPC, vectorFromArray, type Vector } from "apache-arrow";
import type { Database } from "../../engine/database";
import { ROW_NUMBER_COLUMN } from "./column-names";

/** Creates (or replaces) an all-VARCHAR table with a 1-based `__row` column, sent to DuckDB as Arrow IPC. */
export async function insertStringColumns(
  db: Database,
  tableName: string,
  names: readonly string[],
  columns: readonly (readonly (string | null)[])[],
  rowCount: number,
): Promise<void> {
  const vectors: Record<string, Vector> = {
    [ROW_NUMBER_COLUMN]: makeVector(Int32Array.from({ length: rowCount }, (_, index) => index + 1)),
  };
  names.forEach((name, index) => {
    vectors[name] = vectorFromArray(columns[index] ?? new Array<null>(rowCount).fill(null), new Utf8());
  });
  await db.insertArrowIPC(tableName, tableToIPC(new Table(vectors), "stream"));
}
