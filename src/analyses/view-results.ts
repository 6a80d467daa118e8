import type { Database } from "../engine/database";
import { recentPromises } from "./recent-promises";

/**
 * Results kept per database (each page or test has its own), the `keep` most recently used: asking again
 * for a key returns the same promise, so work in progress is shared; a failed run is forgotten.
 */
export function resultsPerDatabase<T>(keep: number): (db: Database, key: string, run: () => Promise<T>) => Promise<T> {
  const byDatabase = new WeakMap<Database, (key: string, start: () => Promise<T>) => Promise<T>>();
  return (db, key, run) => {
    let cached = byDatabase.get(db);
    if (!cached) byDatabase.set(db, (cached = recentPromises<T>(keep)));
    return cached(key, run);
  };
}

// Enough for every view's current results and a few earlier settings; a cohort matrix by week is the largest.
const shared = resultsPerDatabase<unknown>(32);

/**
 * A view's query result, shared by its later visits and by Analysis.prepare (which runs it ahead after a
 * build). `key` must name everything the result depends on, the data version included (see viewResultKey),
 * so a result never outlives its data. A failed run is forgotten, so the next visit tries again.
 */
export function sharedResult<T>(db: Database, key: string, run: () => Promise<T>): Promise<T> {
  return shared(db, key, run) as Promise<T>;
}

/** The key of one query of one view: analysis, query, data version and the options it ran with. */
export function viewResultKey(analysisId: string, query: string, dataVersion: number, options: unknown): string {
  return `${analysisId}|${query}|${dataVersion}|${JSON.stringify(options)}`;
}
