import type { ReadOptions } from "./load-raw-table";
import { readJsTable, type JsTable, type JsTableKind } from "./read-js-table";
import { fromWorkerFailure, type WorkerFailure } from "./worker-failure";
import { canStartWorker } from "./page-worker";

export interface JsTableRequest {
  fileName: string;
  bytes: Uint8Array;
  kind: JsTableKind;
  options: ReadOptions;
}
export type JsTableReply = { type: "read"; table: JsTable } | WorkerFailure;

/**
 * readJsTable off the page's thread: in a page, in a worker that gets the bytes (they are detached here);
 * elsewhere (Node: the command line, tests) in line. Fails as readJsTable does.
 */
export function readJsTableAside(fileName: string, bytes: Uint8Array, kind: JsTableKind, options: ReadOptions): Promise<JsTable> {
  if (!canStartWorker()) return readJsTable(fileName, bytes, kind, options);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./js-table.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<JsTableReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.type === "read") resolve(reply.table);
      else reject(fromWorkerFailure(fileName, reply));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "the file reader stopped"));
    };
    const request: JsTableRequest = { fileName, bytes, kind, options };
    worker.postMessage(request, [bytes.buffer]);
  });
}
