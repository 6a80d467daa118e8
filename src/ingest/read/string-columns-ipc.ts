import { Table, makeVector, tableToIPC, type Vector } from "apache-arrow";
import { ROW_NUMBER_COLUMN } from "./column-names";
import type { ColumnShapes } from "./column-shapes";
import type { RowHashes } from "./row-hashes";
import { textVector } from "./text-vector";

/** What a batch's reading also collects: row hashes (for repeats) and the columns' shapes, across batches. */
export interface TextNotes {
  hashes?: RowHashes;
  shapes?: ColumnShapes;
}

/**
 * Rows as an Arrow IPC stream of an all-VARCHAR table with a 1-based `__row` column (`firstRow` for the first
 * row), and whether no value has whitespace at its edges. Values are rendered as toRawString does; see
 * textVector for the others it takes. Runs anywhere (a worker too): it touches no database. Each column's
 * text is folded into `notes`.
 */
export function stringColumnsIPC(
  names: readonly string[],
  columns: readonly ArrayLike<unknown>[],
  rowCount: number,
  firstRow = 1,
  notes: TextNotes = {},
): { ipc: Uint8Array; edgesTrimmed: boolean } {
  let edgesTrimmed = true;
  const vectors: Record<string, Vector> = {
    [ROW_NUMBER_COLUMN]: makeVector(Int32Array.from({ length: rowCount }, (_, index) => firstRow + index)),
  };
  names.forEach((name, index) => {
    const text = textVector(columns[index] ?? [], rowCount);
    vectors[name] = text.vector;
    notes.hashes?.fold(text.vector);
    notes.shapes?.seeVector(index, text.vector);
    edgesTrimmed &&= text.edgesTrimmed;
  });
  return { ipc: tableToIPC(new Table(vectors), "stream"), edgesTrimmed };
}
