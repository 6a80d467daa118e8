import type { Database } from "../engine/database";

// Enough for every view's current results and a few earlier settings; a cohort matrix by week is the largest.
const KEEP = 32;
const results = new WeakMap<Database, Map<string, Promise<unknown>>>();

/**
 * A view's query result, shared by its later visits and by Analysis.prepare (which runs it ahead after a
 * build). `key` must name everything the result depends on, the data version included (see viewResultKey),
 * so a result never outlives its data. A failed run is forgotten, so the next visit tries again.
 */
export function sharedResult<T>(db: Database, key: string, run: () => Promise<T>): Promise<T> {
  let byKey = results.get(db);
  if (!byKey) results.set(db, (byKey = new Map()));
  const pending = (byKey.get(key) as Promise<T> | undefined) ?? run();
  byKey.delete(key);
  byKey.set(key, pending);
  pending.catch(() => {
    if (byKey.get(key) === pending) byKey.delete(key);
  });
  for (const oldKey of [...byKey.keys()].slice(0, Math.max(0, byKey.size - KEEP))) byKey.delete(oldKey);
  return pending;
}

/** The key of one query of one view: analysis, query, data version and the options it ran with. */
export function viewResultKey(analysisId: string, query: string, dataVersion: number, options: unknown): string {
  return `${analysisId}|${query}|${dataVersion}|${JSON.stringify(options)}`;
}
