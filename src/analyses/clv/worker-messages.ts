import type { ClvComputeInput, ClvComputeResult, ClvProgress } from "./compute";

/** Page → worker: compute one request. */
export type ClvWorkerRequest = { type: "compute"; input: ClvComputeInput };

/** Worker → page: progress while computing, then a result or an error (with an i18n key when it has one). */
export type ClvWorkerResponse =
  | { type: "progress"; progress: ClvProgress }
  | { type: "result"; result: ClvComputeResult }
  | { type: "error"; message: string; messageKey?: string; params?: Record<string, string | number> };
