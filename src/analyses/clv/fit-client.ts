import { ClvError } from "./clv-error";
import type { ClvComputer } from "./run";
import type { ClvWorkerRequest, ClvWorkerResponse } from "./worker-messages";

let running: { worker: Worker; reject: (error: Error) => void } | undefined;

/** Thrown to the older of two requests when a newer one replaces it. */
export class SupersededError extends Error {}

/**
 * Fits in a Web Worker (one per request). A new request ends the previous one, so a slow old fit never
 * competes with, or overwrites, the answer the user asked for last.
 */
export const computeInWorker: ClvComputer = (input, onProgress) => {
  running?.worker.terminate();
  running?.reject(new SupersededError("A newer lifetime-value request replaced this one"));
  const worker = new Worker(new URL("./fit.worker.ts", import.meta.url), { type: "module" });
  return new Promise((resolve, reject) => {
    const current = { worker, reject };
    running = current;
    const finish = () => {
      worker.terminate();
      if (running === current) running = undefined;
    };
    worker.onmessage = (event: MessageEvent<ClvWorkerResponse>) => {
      const message = event.data;
      if (message.type === "progress") return onProgress(message.progress);
      finish();
      if (message.type === "result") resolve(message.result);
      else reject(message.messageKey ? new ClvError(message.messageKey, message.params) : new Error(message.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || "The lifetime-value worker failed to start"));
    };
    const request: ClvWorkerRequest = { type: "compute", input };
    worker.postMessage(request, [input.x.buffer, input.tx.buffer, input.T.buffer, input.meanValue.buffer, input.holdoutPurchases.buffer, input.firstDay.buffer]);
  });
};
