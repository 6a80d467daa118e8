import { formatBytes } from "../../persistence/format-bytes";
import { IngestError } from "./ingest-error";

/**
 * The largest text file (CSV, TSV, JSON) the page tries to load. DuckDB-WASM is 32-bit WebAssembly (4 GB at
 * most) and holds the raw text table and the parsed rows (`ingest_parsed`) at once. `npm run bench` measured
 * Chromium's processes at 1.3 GB for a 67 MB, 1 M-row CSV and 3.8 GB for a 352 MB, 5 M-row one (about 9 bytes
 * more per byte of CSV), which loaded and answered every view. 360 MB admits that file; a larger one would
 * reach the 4 GB wall.
 */
export const MAX_BROWSER_FILE_BYTES = 360 * 1024 * 1024;

// Parquet and .xlsx are compressed and read in JavaScript first: the bench's 1 M-row Parquet (12 MB, 5.5× smaller
// than its CSV) peaked at 2.3 GB. 17 MB (about 1.4 M such rows) keeps a margin below 4 GB.
const COMPRESSED = /\.(parquet|xlsx)$/i;
export const MAX_BROWSER_COMPRESSED_BYTES = 17 * 1024 * 1024;

/** The limit for a file of this name. */
export function sizeLimitFor(fileName: string): number {
  return COMPRESSED.test(fileName) ? MAX_BROWSER_COMPRESSED_BYTES : MAX_BROWSER_FILE_BYTES;
}

/** "1.6 GB", "650 MB": digits and units read the same in every language of the app. */
export const formatFileSize = (bytes: number): string => formatBytes("en", bytes);

/** Throws an "over_size_limit" IngestError before any byte is read when `size` exceeds what the page can hold. */
export function assertLoadableSize(fileName: string, size: number, limit = sizeLimitFor(fileName)): void {
  if (size > limit) throw new IngestError(fileName, "over_size_limit", `${formatFileSize(size)} > ${formatFileSize(limit)}`);
}
