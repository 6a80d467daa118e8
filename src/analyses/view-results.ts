import type { Database } from "../engine/database";
import { recentPromises } from "./recent-promises";

// Enough for every view's current results and a few earlier settings; a cohort matrix by week is the largest.
const KEEP = 32;
const results = new WeakMap<Database, (key: string, start: () => Promise<unknown>) => Promise<unknown>>();

/**
 * A view's query result, shared by its later visits and by Analysis.prepare (which runs it ahead after a
 * build). `key` must name everything the result depends on, the data version included (see viewResultKey),
 * so a result never outlives its data. A failed run is forgotten, so the next visit tries again.
 */
export function sharedResult<T>(db: Database, key: string, run: () => Promise<T>): Promise<T> {
  let cached = results.get(db);
  if (!cached) results.set(db, (cached = recentPromises<unknown>(KEEP)));
  return cached(key, run) as Promise<T>;
}

/** The key of one query of one view: analysis, query, data version and the options it ran with. */
export function viewResultKey(analysisId: string, query: string, dataVersion: number, options: unknown): string {
  return `${analysisId}|${query}|${dataVersion}|${JSON.stringify(options)}`;
}
