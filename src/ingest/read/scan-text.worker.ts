/// <reference lib="webworker" />
import { ByteAssembler } from "./byte-slices";
import { scanDelimitedText } from "./scan-text";
import type { ScanWorkerRequest } from "./scan-text-aside";

// The scan reads every byte of the file; here it runs beside DuckDB's read_csv instead of before it.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let file: { assembler: ByteAssembler; request: Extract<ScanWorkerRequest, { type: "start" }> } | undefined;
const scan = () => file && scope.postMessage(scanDelimitedText(file.assembler.bytes, file.request.dialect));

scope.onmessage = (event: MessageEvent<ScanWorkerRequest>) => {
  const request = event.data;
  if (request.type === "start") {
    file = { assembler: new ByteAssembler(request.byteLength), request };
    if (file.assembler.complete()) scan();
  } else if (file?.assembler.add(request)) scan();
};
