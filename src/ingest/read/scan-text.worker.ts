/// <reference lib="webworker" />
import { scanDelimitedText, type ScanDialect } from "./scan-text";

// The scan reads every byte of the file; here it runs beside DuckDB's read_csv instead of before it.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<{ bytes: Uint8Array; dialect: ScanDialect }>) => {
  scope.postMessage(scanDelimitedText(event.data.bytes, event.data.dialect));
};
