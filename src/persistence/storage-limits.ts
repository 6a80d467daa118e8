import type { NotKeptReason } from "./session-format";

/**
 * Files above this size work for the session but are not kept: DuckDB-WASM holds the whole table in the
 * page's memory (a few GB at most), and a copy of this size in browser storage is already a lot to ask.
 */
export const MAX_KEPT_FILE_BYTES = 500 * 1024 * 1024;

/** What the browser says about its storage (navigator.storage.estimate()). */
export interface StorageEstimate {
  usage?: number;
  quota?: number;
}

/** Null when a file of `size` bytes can be kept; otherwise why not. */
export function whyNotKept(size: number, estimate: StorageEstimate, limit = MAX_KEPT_FILE_BYTES): NotKeptReason | null {
  if (size > limit) return "too_large";
  if (estimate.quota !== undefined && size > estimate.quota - (estimate.usage ?? 0)) return "no_space";
  return null;
}

/** True for the error a browser throws when its storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException ? error.name === "QuotaExceededError" : /quota/i.test(String(error));
}
