import { Table, makeVector, tableToIPC, type Vector } from "apache-arrow";
import { ROW_NUMBER_COLUMN } from "./column-names";
import type { RowHashes } from "./row-hashes";
import { textVector } from "./text-vector";

/**
 * Rows as an Arrow IPC stream of an all-VARCHAR table with a 1-based `__row` column (`firstRow` for the first
 * row), and whether no value has whitespace at its edges. Values are rendered as toRawString does; see
 * textVector for the others it takes. Runs anywhere (a worker too): it touches no database. With `hashes`,
 * each column's text is folded into them.
 */
export function stringColumnsIPC(
  names: readonly string[],
  columns: readonly ArrayLike<unknown>[],
  rowCount: number,
  firstRow = 1,
  hashes?: RowHashes,
): { ipc: Uint8Array; edgesTrimmed: boolean } {
  let edgesTrimmed = true;
  const vectors: Record<string, Vector> = {
    [ROW_NUMBER_COLUMN]: makeVector(Int32Array.from({ length: rowCount }, (_, index) => firstRow + index)),
  };
  names.forEach((name, index) => {
    const text = textVector(columns[index] ?? [], rowCount);
    vectors[name] = text.vector;
    hashes?.fold(text.vector);
    edgesTrimmed &&= text.edgesTrimmed;
  });
  return { ipc: tableToIPC(new Table(vectors), "stream"), edgesTrimmed };
}
