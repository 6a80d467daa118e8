import { isScannable, scanDelimitedText, UNKNOWN_SCAN, type ScanDialect, type TextScan } from "./scan-text";
import { canStartWorker } from "./page-worker";

// Above this the copy the worker needs would add too much to the page's peak memory; the build then finds
// the repeats in SQL as before.
const MAX_SCANNED_BYTES = 128 * 1024 * 1024;

/**
 * Starts scanDelimitedText on `bytes` without holding up the caller: in a page, on a copy in a worker (the
 * caller then hands the bytes to DuckDB); elsewhere (Node: the command line, tests) right away, before the
 * bytes go anywhere. Never fails: a scan that cannot run answers "unknown".
 */
export function scanDelimitedTextAside(bytes: Uint8Array, dialect: ScanDialect): Promise<TextScan> {
  // No copy and no worker for an answer known in advance.
  if (bytes.length > MAX_SCANNED_BYTES || !isScannable(dialect)) return Promise.resolve(UNKNOWN_SCAN);
  if (!canStartWorker()) return Promise.resolve(scanDelimitedText(bytes, dialect));
  return new Promise((resolve) => {
    try {
      const worker = new Worker(new URL("./scan-text.worker.ts", import.meta.url), { type: "module" });
      const finish = (scan: TextScan) => {
        worker.terminate();
        resolve(scan);
      };
      worker.onmessage = (event: MessageEvent<TextScan>) => finish(event.data);
      worker.onerror = () => finish(UNKNOWN_SCAN);
      const copy = bytes.slice();
      worker.postMessage({ bytes: copy, dialect }, [copy.buffer]);
    } catch {
      resolve(UNKNOWN_SCAN);
    }
  });
}
