// `npm run bench -- --rows 100k|1m|5m --format csv|parquet [--skip native,pandas,queries,app]`: see README.md, "Benchmark".
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { startHarness } from "../test/e2e/harness";
import { measureApp, type AppRun } from "./browser-app";
import { generateTransactions, ROW_COUNTS, writeTransactionsCsv, writeTransactionsParquet, type RowOption } from "./generate";
import { timeIngest, type IngestTiming } from "./ingest-timing";
import { openNativeDatabase } from "./native-duckdb";
import { pandasDisagreements, pythonWithPandas, runPandasOverview, type PandasOverview } from "./pandas";
import type { PageQueryResult } from "./page/main";
import { formatReport } from "./report";
import { timeViews, type ViewTiming } from "./views";
import { runOverview } from "../src/analyses/overview/run";
import type { OverviewMetrics } from "../src/analyses/overview/types";

export interface BenchResult {
  rows: number;
  format: "csv" | "parquet";
  fileMB: number;
  cores: number;
  loadAverage: string;
  startedAt: string;
  /**
   * Native DuckDB on every core, and again on one thread: the page's DuckDB-WASM runs one thread, so the second
   * tells how much of a browser / native ratio is WebAssembly and how much is the cores the page cannot use.
   */
  native: { ingest: IngestTiming | null; views: ViewTiming[]; oneThread?: { ingest: IngestTiming; views: ViewTiming[] } };
  browserQueries: PageQueryResult | null;
  browserQueriesError?: string;
  app: AppRun | null;
  pandas: PandasOverview | null;
  pandasSkipped?: string;
  /** Figures where pandas and the app's Overview (native run) differ; empty: they agree; absent: not compared. */
  pandasDisagreements?: string[];
}

const RESULTS = fileURLToPath(new URL("./results/", import.meta.url));
const SEED = 20240601;

function option(name: string, allowed: readonly string[], fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : fallback;
  if (!value || !allowed.includes(value)) throw new Error(`--${name} must be one of ${allowed.join(", ")}`);
  return value;
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Generates (once per size and seed) the CSV, and the Parquet file when asked for. */
async function dataFiles(rowOption: RowOption, parquet: boolean): Promise<{ csv: string; parquet: string | null }> {
  mkdirSync(`${RESULTS}data`, { recursive: true });
  const base = `${RESULTS}data/transactions-${rowOption}-seed${SEED}`;
  const csv = `${base}.csv`;
  const parquetPath = parquet ? `${base}.parquet` : null;
  if (!existsSync(csv) || (parquetPath && !existsSync(parquetPath))) {
    log(`generating ${ROW_COUNTS[rowOption].toLocaleString("en-US")} rows`);
    const data = generateTransactions(ROW_COUNTS[rowOption], SEED);
    if (!existsSync(csv)) await writeTransactionsCsv(csv, data);
    if (parquetPath && !existsSync(parquetPath)) await writeTransactionsParquet(parquetPath, data);
  }
  return { csv, parquet: parquetPath };
}

async function runBrowserQueries(filePath: string, fileName: string): Promise<PageQueryResult> {
  const configFile = fileURLToPath(new URL("./vite.config.ts", import.meta.url));
  await build({ configFile, logLevel: "error" });
  const server = await preview({ configFile, preview: { port: 0, host: "127.0.0.1", strictPort: false }, logLevel: "error" });
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "";
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.route("**/bench-data", (route) => route.fulfill({ path: filePath, contentType: "application/octet-stream" }));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => "benchQueries" in window);
    return await page.evaluate(
      ([url, name]) => (window as unknown as { benchQueries: (url: string, name: string) => Promise<PageQueryResult> }).benchQueries(url, name),
      [`${origin}/bench-data`, fileName] as const,
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

async function main(): Promise<void> {
  const rowOption = option("rows", Object.keys(ROW_COUNTS), "1m") as RowOption;
  const format = option("format", ["csv", "parquet"], "csv") as "csv" | "parquet";
  const files = await dataFiles(rowOption, format === "parquet");
  const input = format === "parquet" ? files.parquet! : files.csv;
  const fileName = `transactions.${format}`;
  const skipIndex = process.argv.indexOf("--skip");
  const skip = new Set(skipIndex >= 0 ? (process.argv[skipIndex + 1] ?? "").split(",") : []);
  const result: BenchResult = {
    rows: ROW_COUNTS[rowOption],
    format,
    fileMB: statSync(input).size / 1024 / 1024,
    cores: cpus().length,
    loadAverage: loadavg().map((value) => value.toFixed(1)).join(" "),
    startedAt: new Date().toISOString(),
    native: { ingest: null, views: [] },
    browserQueries: null,
    app: null,
    pandas: null,
  };

  let nativeOverview: OverviewMetrics | undefined;
  // Native DuckDB always reads the CSV: the app reads Parquet in JavaScript (no parquet extension in the page).
  if (!skip.has("native")) {
    log("native DuckDB: the app's ingest and the analyses' queries");
    const native = await openNativeDatabase();
    const ingest = await timeIngest(native, { fileName: "transactions.csv", bytes: readFileSync(files.csv) });
    result.native = { ingest, views: await timeViews(native, ingest.asOfDate) };
    nativeOverview = (await runOverview(native, { asOfDate: ingest.asOfDate })).metrics;
    await native.close();
    log("native DuckDB on one thread: the same");
    const oneThread = await openNativeDatabase(1);
    const oneThreadIngest = await timeIngest(oneThread, { fileName: "transactions.csv", bytes: readFileSync(files.csv) });
    result.native.oneThread = { ingest: oneThreadIngest, views: await timeViews(oneThread, oneThreadIngest.asOfDate) };
    await oneThread.close();
  }

  const python = skip.has("pandas") ? null : pythonWithPandas();
  if (python) {
    log(`pandas (${python})`);
    result.pandas = runPandasOverview(python, files.csv);
    if (nativeOverview) result.pandasDisagreements = pandasDisagreements(result.pandas, nativeOverview);
  } else {
    result.pandasSkipped = skip.has("pandas") ? "--skip pandas" : "no python3 with pandas (apt-get install python3-pandas)";
  }

  log("building the app and the bench page");
  await build({ logLevel: "error" });
  if (!skip.has("queries")) {
    log("browser: the same ingest and queries in DuckDB-WASM (bench page)");
    try {
      result.browserQueries = await runBrowserQueries(input, fileName);
    } catch (error) {
      result.browserQueriesError = (error instanceof Error ? error.message : String(error)).split("\n", 1)[0];
    }
  }
  if (skip.has("app")) return finish(result, rowOption, format);
  log("browser: the app, file dropped → quality report → every view");
  const harness = await startHarness();
  try {
    result.app = await measureApp(harness.browser, harness.origin, input);
  } finally {
    await harness.close();
  }
  finish(result, rowOption, format);
}

function finish(result: BenchResult, rowOption: RowOption, format: string): void {
  const report = formatReport(result);
  const stamp = result.startedAt.replaceAll(":", "-").slice(0, 19);
  const jsonPath = `${RESULTS}bench-${rowOption}-${format}-${stamp}.json`;
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${RESULTS}bench-${rowOption}-${format}-${stamp}.txt`, `${report}\n`);
  console.log(`\n${report}\n\nJSON: ${jsonPath}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
