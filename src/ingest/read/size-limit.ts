import { formatBytes } from "../../persistence/format-bytes";
import { IngestError } from "./ingest-error";

/**
 * The largest text file (CSV, TSV, JSON) the page tries to load. DuckDB-WASM is 32-bit WebAssembly (4 GB at
 * most) and holds the raw text table, the parsing stage and the canonical table at once. `npm run bench`
 * measured the page's memory growing by about 15 bytes per byte of CSV (a 67 MB, 1 M-row file peaked at
 * 1.5 GB); a 352 MB, 5 M-row file stalled at 4 GB without an answer. 200 MB (about 3 M rows) leaves a margin.
 */
export const MAX_BROWSER_FILE_BYTES = 200 * 1024 * 1024;

// Parquet and .xlsx are compressed and read in JavaScript first: the bench's 1 M-row Parquet (12 MB, 5.5× smaller
// than its CSV) peaked at 2.3 GB. A twelfth of the text limit (about 17 MB, 1.4 M such rows) keeps the same margin.
const COMPRESSED = /\.(parquet|xlsx)$/i;
const COMPRESSED_SHARE = 12;

/** The limit for a file of this name. */
export function sizeLimitFor(fileName: string): number {
  return COMPRESSED.test(fileName) ? Math.floor(MAX_BROWSER_FILE_BYTES / COMPRESSED_SHARE) : MAX_BROWSER_FILE_BYTES;
}

/** "1.6 GB", "650 MB": digits and units read the same in every language of the app. */
export const formatFileSize = (bytes: number): string => formatBytes("en", bytes);

/** Throws an "over_size_limit" IngestError before any byte is read when `size` exceeds what the page can hold. */
export function assertLoadableSize(fileName: string, size: number, limit = sizeLimitFor(fileName)): void {
  if (size > limit) throw new IngestError(fileName, "over_size_limit", `${formatFileSize(size)} > ${formatFileSize(limit)}`);
}
