import { uniqueColumnNames } from "./column-names";
import { ColumnShapes, type ColumnShape } from "./column-shapes";
import { stringColumnsIPC } from "./string-columns-ipc";
import { readParquet } from "./read-parquet";
import { RepeatCandidates } from "./repeat-candidates";
import { RowHashes } from "./row-hashes";

/** One row group of a Parquet file, ready for DuckDB: an Arrow IPC stream of its rows as text. */
export interface ParquetBatch {
  /** The table's column names (unique), the same in every batch. */
  columns: string[];
  ipc: Uint8Array;
  /** 0-based index of the batch's first row in the file. */
  rowStart: number;
  rowCount: number;
  /** Share of the file's rows read with this batch. */
  fraction: number;
  /** No value of the batch has whitespace at its edges. */
  edgesTrimmed: boolean;
}

/** What reading the whole file told besides its rows. */
export interface ParquetRead {
  /** The rows that may repeat an earlier row in every column, with those rows (RepeatCandidates); null: unknown. */
  repeatCandidates: number[] | null;
  /** What every value of each column is like (see ColumnShape). */
  columnShapes: ColumnShape[];
}

/**
 * Reads a Parquet file into batches, one per row group, each awaited by `onBatch` before the next is read.
 * A file without row groups gives one empty batch, so its (empty) table exists. Fails as readParquet does.
 */
export async function readParquetBatches(fileName: string, bytes: Uint8Array, onBatch: (batch: ParquetBatch) => Promise<void>): Promise<ParquetRead> {
  let batches = 0;
  let candidates: RepeatCandidates | undefined;
  let shapes: ColumnShapes | undefined;
  const layout = await readParquet(fileName, bytes, async (group, { names, rowCount }) => {
    const columns = uniqueColumnNames(names);
    candidates ??= new RepeatCandidates(rowCount);
    shapes ??= new ColumnShapes(columns.length);
    const hashes = new RowHashes(group.rowCount);
    const { ipc, edgesTrimmed } = stringColumnsIPC(columns, group.columns, group.rowCount, group.rowStart + 1, { hashes, shapes });
    candidates.add(hashes, group.rowStart + 1);
    batches++;
    await onBatch({ columns, ipc, rowStart: group.rowStart, rowCount: group.rowCount, fraction: rowCount === 0 ? 1 : (group.rowStart + group.rowCount) / rowCount, edgesTrimmed });
  });
  if (batches === 0) {
    const columns = uniqueColumnNames(layout.names);
    await onBatch({ columns, ...stringColumnsIPC(columns, [], 0), rowStart: 0, rowCount: 0, fraction: 1 });
  }
  return { repeatCandidates: candidates ? candidates.rows() : [], columnShapes: (shapes ?? new ColumnShapes(uniqueColumnNames(layout.names).length)).shapes() };
}
