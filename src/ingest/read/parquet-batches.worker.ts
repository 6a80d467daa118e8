/// <reference lib="webworker" />
import { readParquetBatches } from "./parquet-batches";
import type { ParquetWorkerReply, ParquetWorkerRequest } from "./parquet-batches-aside";
import { toWorkerFailure } from "./worker-failure";

// Decoding Parquet is JavaScript work: here it neither freezes the page nor waits for DuckDB, which stores
// one batch while the next is decoded. At most one batch waits unstored, to bound the memory it takes.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let stored: () => void = () => {};

scope.onmessage = (event: MessageEvent<ParquetWorkerRequest>) => {
  const request = event.data;
  if (request.type === "stored") {
    stored();
    return;
  }
  let previousStored: Promise<void> = Promise.resolve();
  const post = (reply: ParquetWorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
  readParquetBatches(request.fileName, request.bytes, async (batch) => {
    await previousStored;
    previousStored = new Promise((resolve) => (stored = resolve));
    post({ type: "batch", batch }, [batch.ipc.buffer]);
  }).then(
    (read) => post({ type: "done", read }),
    (error: unknown) => post(toWorkerFailure(error)),
  );
};
