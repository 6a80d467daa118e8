/// <reference lib="webworker" />
import { readJsTable } from "./read-js-table";
import type { JsTableReply, JsTableRequest } from "./js-table-aside";
import { toWorkerFailure } from "./worker-failure";

// Parsing a workbook's XML or a large JSON text is JavaScript work of seconds: here it does not freeze the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<JsTableRequest>) => {
  const { fileName, bytes, kind, options } = event.data;
  readJsTable(fileName, bytes, kind, options).then(
    (table) => scope.postMessage({ type: "read", table } satisfies JsTableReply, [table.ipc.buffer]),
    (error: unknown) => scope.postMessage(toWorkerFailure(error) satisfies JsTableReply),
  );
};
