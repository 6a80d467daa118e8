import type { Database } from "../src/engine/database";
import { buildCanonicalTables, addSource } from "../src/workspace/workspace";
import { buildDefaultAsOfQuery } from "../src/analyses/as-of";

/** One SQL statement the ingest ran: its opening words and how long it took. */
export interface IngestStep {
  sql: string;
  ms: number;
}

/** The app's own ingest (read into a raw table, suggested mapping, canonical `transactions` + quality report), timed. */
export interface IngestTiming {
  readMs: number;
  canonicalMs: number;
  rows: number;
  rowsUsed: number;
  asOfDate: string;
  /** Every statement, in order, so a run shows where the ingest's time goes. */
  steps: IngestStep[];
}

/** The database with each statement's time recorded in `steps`. */
function timed(db: Database, steps: IngestStep[]): Database {
  const time =
    <A extends unknown[], R>(run: (sql: string, ...rest: A) => Promise<R>) =>
    async (sql: string, ...rest: A): Promise<R> => {
      const start = performance.now();
      try {
        return await run(sql, ...rest);
      } finally {
        steps.push({ sql: sql.replace(/\s+/g, " ").trim().slice(0, 70), ms: performance.now() - start });
      }
    };
  return { ...db, query: time(db.query.bind(db)) as Database["query"], exec: time(db.exec.bind(db)) };
}

export async function timeIngest(db: Database, file: { fileName: string; bytes: Uint8Array }): Promise<IngestTiming> {
  const steps: IngestStep[] = [];
  const stepDb = timed(db, steps);
  let start = performance.now();
  const source = await addSource(stepDb, file);
  const readMs = performance.now() - start;
  start = performance.now();
  const report = await buildCanonicalTables(stepDb, [source], { dropDuplicates: false });
  const canonicalMs = performance.now() - start;
  const [row] = await db.query<{ as_of_date: string | null }>(buildDefaultAsOfQuery());
  if (!row?.as_of_date) throw new Error("the bench file gave no purchases");
  return { readMs, canonicalMs, rows: source.raw.rowCount, rowsUsed: report.rowsUsed, asOfDate: row.as_of_date, steps };
}
