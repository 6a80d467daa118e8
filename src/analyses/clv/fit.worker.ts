/// <reference lib="webworker" />
import { ClvError } from "./clv-error";
import { computeClv } from "./compute";
import type { ClvWorkerRequest, ClvWorkerResponse } from "./worker-messages";

// Fitting takes from a fraction of a second to many seconds: it runs here so the page stays responsive.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ClvWorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<ClvWorkerRequest>) => {
  try {
    const result = computeClv(event.data.input, (progress) => post({ type: "progress", progress }));
    const { pAlive, expectedPurchases, expectedSpend, clv, predictedHoldout } = result.scores;
    post({ type: "result", result }, [pAlive.buffer, expectedPurchases.buffer, expectedSpend.buffer, clv.buffer, predictedHoldout.buffer]);
  } catch (error) {
    post(
      error instanceof ClvError
        ? { type: "error", message: error.message, messageKey: error.messageKey, params: error.params }
        : { type: "error", message: error instanceof Error ? error.message : String(error) },
    );
  }
};
