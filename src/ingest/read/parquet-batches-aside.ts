import { readParquetBatches, type ParquetBatch, type ParquetRead } from "./parquet-batches";
import { fromWorkerFailure, type WorkerFailure } from "./worker-failure";
import { canStartWorker } from "./page-worker";

export type ParquetWorkerRequest = { type: "read"; fileName: string; bytes: Uint8Array } | { type: "stored" };
export type ParquetWorkerReply = { type: "batch"; batch: ParquetBatch } | { type: "done"; read: ParquetRead } | WorkerFailure;

/**
 * readParquetBatches off the page's thread: in a page, in a worker that gets the bytes (they are detached
 * here), so the page stays responsive and decoding overlaps DuckDB storing the batches; elsewhere (Node: the
 * command line, tests) in line. `onBatch` is called for one batch at a time, in order.
 */
export function readParquetBatchesAside(fileName: string, bytes: Uint8Array, onBatch: (batch: ParquetBatch) => Promise<void>): Promise<ParquetRead> {
  if (!canStartWorker()) return readParquetBatches(fileName, bytes, onBatch);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./parquet-batches.worker.ts", import.meta.url), { type: "module" });
    const finish = (error: unknown, read?: ParquetRead) => {
      worker.terminate();
      if (read) resolve(read);
      else reject(error);
    };
    let storing: Promise<void> = Promise.resolve();
    worker.onmessage = (event: MessageEvent<ParquetWorkerReply>) => {
      const reply = event.data;
      if (reply.type === "batch") {
        storing = storing.then(() => onBatch(reply.batch)).then(() => worker.postMessage({ type: "stored" } satisfies ParquetWorkerRequest));
        storing.catch(finish);
      } else if (reply.type === "done") {
        storing.then(() => finish(undefined, reply.read), finish);
      } else {
        storing.then(() => finish(fromWorkerFailure(fileName, reply)), finish);
      }
    };
    worker.onerror = (event) => finish(new Error(event.message || "the Parquet reader stopped"));
    const request: ParquetWorkerRequest = { type: "read", fileName, bytes };
    worker.postMessage(request, [bytes.buffer]);
  });
}
