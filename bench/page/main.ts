// A page of its own, built only by `npm run bench`: it opens the app's DuckDB-WASM worker and runs the
// app's ingest and the analyses' own query code, so the app the users get carries no benchmark hook.
import { openBrowserDatabase } from "../../src/engine/browser-database";
import { timeIngest, type IngestTiming } from "../ingest-timing";
import { timeViews, type ViewTiming } from "../views";

export interface PageQueryResult {
  fetchMs: number;
  ingest: IngestTiming;
  views: ViewTiming[];
}

async function runQueries(url: string, fileName: string): Promise<PageQueryResult> {
  const db = await openBrowserDatabase();
  const start = performance.now();
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const fetchMs = performance.now() - start;
  const ingest = await timeIngest(db, { fileName, bytes });
  const views = await timeViews(db, ingest.asOfDate);
  await db.close();
  return { fetchMs, ingest, views };
}

(window as unknown as { benchQueries: typeof runQueries }).benchQueries = runQueries;
