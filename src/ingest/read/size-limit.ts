import { parquetMetadata } from "hyparquet";
import { formatBytes } from "../../persistence/format-bytes";
import { toArrayBuffer } from "./bytes";
import { detectFileKind } from "./detect-file-kind";
import { IngestError } from "./ingest-error";

/**
 * The largest file the page tries to load. DuckDB-WASM is 32-bit WebAssembly (4 GB at most) and holds the raw
 * text table and the parsed rows (`ingest_parsed`) at once. `npm run bench` measured Chromium's processes at
 * 1.3 GB for a 67 MB, 1 M-row CSV and 3.56–3.8 GB for a 352 MB, 5 M-row one (about 9 bytes more per byte of
 * CSV), which loaded and answered every view. 360 MB admits that file; a larger one would reach the 4 GB wall.
 */
export const MAX_BROWSER_FILE_BYTES = 360 * 1024 * 1024;

// .xlsx is compressed and read whole in JavaScript first: 17 MB keeps a margin below 4 GB.
const WORKBOOK = /\.xlsx$/i;
export const MAX_BROWSER_COMPRESSED_BYTES = 17 * 1024 * 1024;

/**
 * Parquet is compressed too (the bench's 5 M rows are 63 MB), but says its size in rows in its footer. What
 * the page holds grows with the values (rows × columns): 5 M rows of 10 columns peaked at 3.26 GB, as much as
 * the largest CSV admitted above; 55 M values is about where that CSV limit is.
 */
export const MAX_BROWSER_VALUES = 55_000_000;

/** The byte limit for a file of this name. */
export function sizeLimitFor(fileName: string): number {
  return WORKBOOK.test(fileName) ? MAX_BROWSER_COMPRESSED_BYTES : MAX_BROWSER_FILE_BYTES;
}

/** "1.6 GB", "650 MB": digits and units read the same in every language of the app. */
export const formatFileSize = (bytes: number): string => formatBytes("en", bytes);

/** Throws an "over_size_limit" IngestError before any byte is read when `size` exceeds what the page can hold. */
export function assertLoadableSize(fileName: string, size: number, limit = sizeLimitFor(fileName)): void {
  if (size > limit) throw new IngestError(fileName, "over_size_limit", `${formatFileSize(size)} > ${formatFileSize(limit)}`);
}

/** A Parquet file's rows and columns from its footer; undefined for other files and unreadable footers. */
function parquetShape(fileName: string, bytes: Uint8Array): { rows: number; columns: number } | undefined {
  if (detectFileKind(fileName, bytes) !== "parquet") return undefined;
  try {
    const metadata = parquetMetadata(toArrayBuffer(bytes));
    return { rows: Number(metadata.num_rows), columns: Math.max(1, metadata.schema.filter((element) => !element.num_children).length) };
  } catch {
    return undefined;
  }
}

/**
 * Throws an "over_row_limit" IngestError, before any row is decoded, for a Parquet file with more values than
 * the page can hold; the detail is its rows against the most rows of its width that fit ("6,000,000 > 5,500,000").
 * Other files, and footers that cannot be read (the reader then says why), pass.
 */
export function assertLoadableRows(fileName: string, bytes: Uint8Array, maxValues = MAX_BROWSER_VALUES): void {
  const shape = parquetShape(fileName, bytes);
  if (!shape) return;
  const maxRows = Math.floor(maxValues / shape.columns);
  if (shape.rows > maxRows) throw new IngestError(fileName, "over_row_limit", `${shape.rows.toLocaleString("en")} > ${maxRows.toLocaleString("en")}`);
}

/**
 * How much of what the page can hold a file takes, 1 being a file at the limit: its values against
 * MAX_BROWSER_VALUES for Parquet, its bytes against its byte limit otherwise. Files loaded together add up,
 * since the page holds all their rows at once (raw tables and the parsed rows of all of them).
 */
export function fileShare(fileName: string, bytes: Uint8Array): number {
  const shape = parquetShape(fileName, bytes);
  return shape ? (shape.rows * shape.columns) / MAX_BROWSER_VALUES : bytes.length / sizeLimitFor(fileName);
}

/**
 * Throws an "over_total_limit" IngestError when a file taking `share` does not fit beside files already
 * loaded taking `loadedShare` (see fileShare); the detail is the sum as a percentage ("130 %").
 */
export function assertRoomFor(fileName: string, share: number, loadedShare: number): void {
  const total = share + loadedShare;
  if (total > 1) throw new IngestError(fileName, "over_total_limit", `${Math.ceil(total * 100)} %`);
}
