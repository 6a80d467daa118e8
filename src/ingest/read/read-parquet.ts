import { parquetMetadata, parquetRead, parquetSchema, type FileMetaData } from "hyparquet";
import { explainFailure } from "./ingest-error";
import { toArrayBuffer } from "./bytes";

/** One row group's values, a column at a time, in the order of `ParquetLayout.names`. */
export interface ParquetRowGroup {
  /** 0-based index of the group's first row in the file. */
  rowStart: number;
  rowCount: number;
  /** Per column: numbers, bigints, booleans, Dates, objects, and text as its UTF-8 bytes (see textVector). */
  columns: ArrayLike<unknown>[];
}

export interface ParquetLayout {
  names: (string | null)[];
  rowCount: number;
}

/**
 * Reads a Parquet file row group by row group and hands each to `onRowGroup` (awaited before the next is
 * read), so the page holds one group in JavaScript at a time. Text stays UTF-8 bytes: decoding every value
 * to a string and encoding it back for DuckDB took most of the time of a large file.
 *
 * A file hyparquet cannot read fails with an "unreadable_parquet" IngestError; `onRowGroup`'s own errors
 * pass through as they are.
 */
export async function readParquet(
  fileName: string,
  bytes: Uint8Array,
  onRowGroup: (group: ParquetRowGroup, layout: ParquetLayout) => Promise<void>,
): Promise<ParquetLayout> {
  const unreadable = (error: unknown) =>
    explainFailure(fileName, error, "unreadable_parquet", "is not a Parquet file this app can read (Snappy or uncompressed); save it again as Parquet with Snappy compression, or as CSV");
  let file: ArrayBuffer;
  let metadata: FileMetaData;
  let layout: ParquetLayout;
  try {
    file = toArrayBuffer(bytes);
    metadata = parquetMetadata(file);
    layout = { names: parquetSchema(metadata).children.map((child) => child.element.name), rowCount: Number(metadata.num_rows) };
  } catch (error) {
    throw unreadable(error);
  }
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowCount = Number(group.num_rows);
    let columns: ArrayLike<unknown>[];
    try {
      columns = await readRowGroup(file, metadata, layout.names, rowStart, rowCount);
    } catch (error) {
      throw unreadable(error);
    }
    await onRowGroup({ rowStart, rowCount, columns }, layout);
    rowStart += rowCount;
  }
  return layout;
}

async function readRowGroup(file: ArrayBuffer, metadata: FileMetaData, names: (string | null)[], rowStart: number, rowCount: number): Promise<ArrayLike<unknown>[]> {
  const columns: ArrayLike<unknown>[] = names.map(() => new Array<unknown>(rowCount));
  const indexOf = new Map(names.map((name, index) => [name, index]));
  await parquetRead({
    file,
    metadata,
    rowStart,
    rowEnd: rowStart + rowCount,
    // Text columns keep their bytes (see ParquetRowGroup); JSON, dates and the rest are converted as usual.
    parsers: { stringFromBytes: (value: Uint8Array) => value },
    onChunk: ({ columnName, columnData, rowStart: chunkStart }) => {
      const index = indexOf.get(columnName);
      if (index === undefined) return;
      // Usually one chunk is the whole column of the group: it is kept as it came (often a typed array).
      if (chunkStart === rowStart && columnData.length === rowCount) {
        columns[index] = columnData;
        return;
      }
      const values = columns[index] as unknown[];
      const from = Math.max(rowStart, chunkStart);
      const to = Math.min(rowStart + rowCount, chunkStart + columnData.length);
      for (let row = from; row < to; row++) values[row - rowStart] = columnData[row - chunkStart];
    },
  });
  return columns;
}
