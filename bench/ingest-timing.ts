import type { Database } from "../src/engine/database";
import { buildCanonicalTables, addSource } from "../src/workspace/workspace";
import { buildDefaultAsOfQuery } from "../src/analyses/as-of";

/** The app's own ingest (read into a raw table, suggested mapping, canonical `transactions` + quality report), timed. */
export interface IngestTiming {
  readMs: number;
  canonicalMs: number;
  rows: number;
  rowsUsed: number;
  asOfDate: string;
}

export async function timeIngest(db: Database, file: { fileName: string; bytes: Uint8Array }): Promise<IngestTiming> {
  let start = performance.now();
  const source = await addSource(db, file);
  const readMs = performance.now() - start;
  start = performance.now();
  const report = await buildCanonicalTables(db, [source], { dropDuplicates: false });
  const canonicalMs = performance.now() - start;
  const [row] = await db.query<{ as_of_date: string | null }>(buildDefaultAsOfQuery());
  if (!row?.as_of_date) throw new Error("the bench file gave no purchases");
  return { readMs, canonicalMs, rows: source.raw.rowCount, rowsUsed: report.rowsUsed, asOfDate: row.as_of_date };
}
