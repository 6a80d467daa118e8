import { isScannable, scanDelimitedText, UNKNOWN_SCAN, type ScanDialect, type TextScan } from "./scan-text";
import { sendInSlices, type ByteSlice } from "./byte-slices";
import { canStartWorker } from "./page-worker";

/** What the page sends the scan's worker: the file's length first, then its bytes a slice at a time. */
export type ScanWorkerRequest = { type: "start"; byteLength: number; dialect: ScanDialect } | ByteSlice;

/** A scan under way: `answer` comes once it is done. */
export interface ScanAside {
  answer: Promise<TextScan>;
}

/**
 * Starts scanDelimitedText on `bytes` without holding up the caller for the scan: in a page, on a copy in a
 * worker; elsewhere (Node: the command line, tests) right away. Resolves once the bytes are copied, so the
 * caller may then hand them to DuckDB. Never fails: a scan that cannot run answers "unknown".
 *
 * The copy is the file's size again, but only until the scan ends, which is before read_csv ends: the page's
 * peak comes later, in the build (5 M rows, 336 MB: 3.56 GB without the scan, 3.51–3.59 GB in four runs with it).
 */
export async function scanDelimitedTextAside(bytes: Uint8Array, dialect: ScanDialect): Promise<ScanAside> {
  // No copy and no worker for an answer known in advance.
  if (!isScannable(dialect)) return { answer: Promise.resolve(UNKNOWN_SCAN) };
  if (!canStartWorker()) return { answer: Promise.resolve(scanDelimitedText(bytes, dialect)) };
  let worker: Worker;
  try {
    worker = new Worker(new URL("./scan-text.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return { answer: Promise.resolve(UNKNOWN_SCAN) };
  }
  const answer = new Promise<TextScan>((resolve) => {
    const finish = (scan: TextScan) => {
      worker.terminate();
      resolve(scan);
    };
    worker.onmessage = (event: MessageEvent<TextScan>) => finish(event.data);
    worker.onerror = () => finish(UNKNOWN_SCAN);
  });
  const post = (request: ScanWorkerRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  post({ type: "start", byteLength: bytes.length, dialect });
  await sendInSlices(bytes, post);
  return { answer };
}
