import { formatBytes } from "../../persistence/format-bytes";
import { IngestError } from "./ingest-error";

/**
 * The largest file the page tries to load. DuckDB-WASM runs in 32-bit WebAssembly (4 GB at most) and holds
 * the raw text table, the parsing stage and the canonical table at once: `npm run bench` measured the page at
 * about 4–6 bytes of memory per byte of CSV, so past this size a tab would run out of memory mid-load.
 */
export const MAX_BROWSER_FILE_BYTES = 600 * 1024 * 1024;

/** "1.6 GB", "650 MB": digits and units read the same in every language of the app. */
export const formatFileSize = (bytes: number): string => formatBytes("en", bytes);

/** Throws a "too large" IngestError before any byte is read when `size` exceeds what the page can hold. */
export function assertLoadableSize(fileName: string, size: number, limit = MAX_BROWSER_FILE_BYTES): void {
  if (size > limit) throw new IngestError(fileName, "over_size_limit", `${formatFileSize(size)} > ${formatFileSize(limit)}`);
}
