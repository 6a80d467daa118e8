import type { BenchResult } from "./run";
import { BENCH_VIEWS } from "./views";

const ms = (value: number | undefined | null) => (value === undefined || value === null || !Number.isFinite(value) ? "—" : `${Math.round(value)} ms`);
const ratio = (a: number | undefined | null, b: number | undefined | null) =>
  a === undefined || a === null || b === undefined || b === null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? "—" : `${(a / b).toFixed(2)}×`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")).join("\n");
}

/** The bench's results as text tables: ingest, each view, the comparison with pandas, memory. */
export function formatReport(result: BenchResult): string {
  const lines: string[] = [`crm-studio bench: ${result.rows.toLocaleString("en-US")} rows, ${result.format}, ${result.fileMB.toFixed(1)} MB, ${result.cores} cores, load average ${result.loadAverage}`];
  const page = result.browserQueries;
  const native = result.native;
  const oneThread = native.oneThread;
  // One ingest stage: the page, native on every core, native on one thread, and the page's ratio to each.
  const ingestRow = (label: string, stage: "readMs" | "canonicalMs") => {
    const [browser, all, one] = [page?.ingest[stage], native.ingest?.[stage], oneThread?.ingest[stage]];
    return [label, ms(browser), ms(all), ratio(browser, all), ms(one), ratio(browser, one)];
  };
  lines.push(
    "",
    table([
      ["ingest (app code)", "browser", "native", "browser/native", "native, 1 thread", "browser/native 1 thread"],
      ingestRow("read file → raw table", "readMs"),
      ingestRow("canonical table + report", "canonicalMs"),
      ["app: drop → quality report", ms(result.app?.loadMs), "", "", "", ""],
    ]),
  );
  const browserSteps = page?.ingest.steps ?? [];
  const nativeSteps = native.ingest?.steps ?? [];
  // Both ran the same statements in the same order; list those that took 50 ms or more in either.
  const stepRows = [["ingest statement", "browser", "native"]];
  for (let index = 0; index < Math.max(browserSteps.length, nativeSteps.length); index++) {
    const browserStep = browserSteps[index];
    const nativeStep = nativeSteps[index];
    if (Math.max(browserStep?.ms ?? 0, nativeStep?.ms ?? 0) >= 50) stepRows.push([(browserStep ?? nativeStep)!.sql, ms(browserStep?.ms), ms(nativeStep?.ms)]);
  }
  if (stepRows.length > 1) lines.push("", table(stepRows));
  const viewRows = [
    [
      "view (SQL)",
      "browser cold",
      "browser warm",
      "native cold",
      "native warm",
      "warm browser/native",
      "native warm, 1 thread",
      "warm browser/native 1 thread",
      "app: open → charts",
      "app: revisit",
      "app: drop → view",
    ],
  ];
  for (const id of BENCH_VIEWS.map((view) => view.id)) {
    const nativeView = native.views.find((view) => view.id === id);
    const browserView = page?.views.find((view) => view.id === id);
    const oneThreadView = oneThread?.views.find((view) => view.id === id);
    const appView = result.app?.views.find((view) => view.id === id);
    viewRows.push([
      `${id} (${nativeView?.queries ?? browserView?.queries ?? "?"} queries)`,
      ms(browserView?.coldMs),
      ms(browserView?.warmMs),
      ms(nativeView?.coldMs),
      ms(nativeView?.warmMs),
      ratio(browserView?.warmMs, nativeView?.warmMs),
      ms(oneThreadView?.warmMs),
      ratio(browserView?.warmMs, oneThreadView?.warmMs),
      ms(appView?.allChartsMs),
      ms(appView?.revisitMs),
      ms(appView?.dropToViewMs),
    ]);
  }
  lines.push("", table(viewRows));
  if (result.pandas) {
    const overviewInApp = result.app?.views.find((view) => view.id === "overview")?.dropToViewMs;
    lines.push(
      "",
      table([
        ["pandas (Overview + monthly)", "pandas", "browser", "pandas/browser"],
        ["read CSV", ms(result.pandas.read_ms), ms(result.app?.loadMs), ratio(result.pandas.read_ms, result.app?.loadMs)],
        ["end to end: file → Overview", ms(result.pandas.total_ms), ms(overviewInApp), ratio(result.pandas.total_ms, overviewInApp)],
      ]),
    );
    const differences = result.pandasDisagreements;
    lines.push(
      differences === undefined
        ? "pandas' Overview figures: not compared (native DuckDB skipped)"
        : differences.length === 0
          ? "pandas' Overview figures: the same as the app's (customers, orders, revenue, repeat customers and their revenue, refunds, median gap)"
          : `pandas' Overview figures DIFFER from the app's, so the ratio compares different work: ${differences.join("; ")}`,
    );
  } else {
    lines.push("", `pandas: skipped (${result.pandasSkipped ?? "not run"})`);
  }
  if (result.app) lines.push("", `app page peak memory (all Chromium processes, PSS): ${mb(result.app.peakMemoryBytes)}; main-thread JS heap peak: ${mb(result.app.peakJsHeapBytes)}`);
  if (result.app) lines.push(`app: the file is dropped ${result.app.pickFileMs / 1000} s after the page opened (the page starts its database meanwhile); views are opened in tab order`);
  if (result.app?.loadLongTasks) {
    const { count, longestMs, totalMs } = result.app.loadLongTasks;
    lines.push(`app main thread from the drop to the report: ${count} tasks over 50 ms, the longest ${Math.round(longestMs)} ms, ${Math.round(totalMs)} ms in all (input waits only while one runs)`);
  }
  if (result.app?.stages.length) lines.push(`app load stages (ms after the drop): ${result.app.stages.map((stage) => `${Math.round(stage.atMs)} ${stage.text}`).join(" → ")}`);
  if (result.app?.error) lines.push(`app run failed: ${result.app.error}`);
  if (result.browserQueriesError) lines.push(`browser query run failed: ${result.browserQueriesError}`);
  return lines.join("\n");
}
