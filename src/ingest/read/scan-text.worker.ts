/// <reference lib="webworker" />
import { ScanReceiver, type ScanWorkerRequest } from "./scan-text-slices";

// The scan reads every byte of the file; here it runs beside DuckDB's read_csv instead of before it.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let receiver: ScanReceiver | undefined;
scope.onmessage = (event: MessageEvent<ScanWorkerRequest>) => {
  const request = event.data;
  if (request.type === "start") {
    receiver = new ScanReceiver(request.byteLength, request.dialect);
    if (receiver.complete()) scope.postMessage(receiver.scanNow());
    return;
  }
  const scan = receiver?.receive(request.offset, request.bytes);
  if (scan) scope.postMessage(scan);
};
