import { Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from "apache-arrow";
import type { Database } from "../../engine/database";
import { ROW_NUMBER_COLUMN } from "./column-names";

/**
 * A Utf8 vector built from its buffers. Arrow's vectorFromArray compiles a null check with `new Function`,
 * which the page's Content Security Policy (no 'unsafe-eval') forbids.
 */
function utf8Vector(values: readonly (string | null)[], rowCount: number): Vector {
  const encoder = new TextEncoder();
  const offsets = new Int32Array(rowCount + 1);
  const validity = new Uint8Array((rowCount + 7) >> 3);
  let bytes = new Uint8Array(1024);
  let length = 0;
  let nullCount = 0;
  for (let row = 0; row < rowCount; row++) {
    const value = values[row];
    if (value === null || value === undefined) {
      nullCount++;
    } else {
      if (length + value.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, length + value.length * 3));
        grown.set(bytes.subarray(0, length));
        bytes = grown;
      }
      length += encoder.encodeInto(value, bytes.subarray(length)).written;
      validity[row >> 3]! |= 1 << (row & 7);
    }
    offsets[row + 1] = length;
  }
  return makeVector(makeData({ type: new Utf8(), length: rowCount, nullCount, nullBitmap: validity, valueOffsets: offsets, data: bytes.subarray(0, length) }));
}

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
    vectors[name] = utf8Vector(columns[index] ?? [], rowCount);
  });
  await db.insertArrowIPC(tableName, tableToIPC(new Table(vectors), "stream"));
}
