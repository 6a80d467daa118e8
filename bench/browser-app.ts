import type { Browser, Page } from "playwright-core";
import { BENCH_VIEWS } from "./views";
import { samplePeakMemory } from "./process-memory";

/** What the real app does with the dropped file, in milliseconds (and bytes for memory). */
export interface AppRun {
  /** File input set → quality report shown (read, load, canonical table, report). */
  loadMs: number;
  rowsRead: string;
  /** Per view: tab click → first chart drawn and → every chart drawn; first and second visit. */
  views: { id: string; firstChartMs: number; allChartsMs: number; revisitMs: number; dropToViewMs: number }[];
  peakMemoryBytes: number;
  peakJsHeapBytes: number;
  /** When each progress text first appeared, ms after the drop: where the load spends its time. */
  stages: { atMs: number; text: string }[];
  /** The page's main thread from the drop to the report: its tasks over 50 ms (while one runs, input waits). */
  loadLongTasks: { count: number; longestMs: number; totalMs: number };
  error: string | null;
  /** How long after the page opened the file was dropped. */
  pickFileMs: number;
}

const LONG = 15 * 60_000;
const PICK_FILE_MS = 5_000;

async function chartsDrawn(page: Page, all: boolean): Promise<void> {
  await page.waitForFunction(
    (every) => {
      const bodies = [...document.querySelectorAll("main .chart-body")];
      const drawn = bodies.filter((body) => body.querySelector("svg, canvas, table"));
      return every ? bodies.length > 0 && drawn.length === bodies.length : drawn.length > 0;
    },
    all,
    { timeout: LONG, polling: 50 },
  );
}

async function openView(page: Page, id: string): Promise<{ first: number; all: number }> {
  await page.getByTestId("tab-data").click();
  await page.getByTestId("quality-report").waitFor();
  const start = performance.now();
  await page.getByTestId(`tab-${id}`).click();
  await chartsDrawn(page, false);
  const first = performance.now() - start;
  await chartsDrawn(page, true);
  return { first, all: performance.now() - start };
}

/** Drops `filePath` on the app at `origin`, waits for the quality report, then opens every view twice. */
export async function measureApp(browser: Browser, origin: string, filePath: string): Promise<AppRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "en-US" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("crash", () => errors.push("the page crashed"));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  let peakJsHeapBytes = 0;
  const heapTimer = setInterval(() => {
    cdp
      .send("Performance.getMetrics")
      .then(({ metrics }) => {
        const used = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? 0;
        peakJsHeapBytes = Math.max(peakJsHeapBytes, used);
      })
      .catch(() => {});
  }, 200);
  await page.goto(`${origin}/`);
  await page.getByTestId("file-input").waitFor({ state: "attached" });
  // A person takes a few seconds to pick a file; the page starts its database meanwhile (src/app/database.ts).
  await page.waitForTimeout(PICK_FILE_MS);
  const memory = samplePeakMemory();
  const run: AppRun = {
    loadMs: Number.NaN,
    rowsRead: "",
    views: [],
    peakMemoryBytes: 0,
    peakJsHeapBytes: 0,
    stages: [],
    loadLongTasks: { count: 0, longestMs: 0, totalMs: 0 },
    error: null,
    pickFileMs: PICK_FILE_MS,
  };
  // A string, not a function: tsx would wrap a function's inner helpers in a `__name` the page does not have.
  await page.evaluate(`(() => {
    const log = [];
    const start = performance.now();
    let last = "";
    new MutationObserver(() => {
      const text = (document.querySelector("[data-testid=progress]")?.textContent ?? "").replace(/\\s*\\d+\\s*%.*$/, "").trim();
      if (text !== last) log.push({ atMs: performance.now() - start, text: (last = text) || "(no progress shown)" });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    window.benchStages = log;
    const tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ atMs: entry.startTime - start, ms: entry.duration });
    }).observe({ type: "longtask" });
    window.benchLongTasks = tasks;
  })()`);
  try {
    const start = performance.now();
    await page.getByTestId("file-input").setInputFiles(filePath);
    const report = page.getByTestId("quality-report");
    const failure = page.getByTestId("error").first();
    const outcome = await Promise.race([
      report.waitFor({ timeout: LONG }).then(() => "report", () => "timeout"),
      failure.waitFor({ timeout: LONG }).then(() => "error", () => "timeout"),
    ]);
    if (outcome !== "report") throw new Error(outcome === "error" ? await failure.innerText() : "no quality report in time");
    run.loadMs = performance.now() - start;
    run.stages = await page.evaluate(() => (window as unknown as { benchStages: { atMs: number; text: string }[] }).benchStages);
    const tasks = await page.evaluate(() => (window as unknown as { benchLongTasks: { atMs: number; ms: number }[] }).benchLongTasks);
    const duringLoad = tasks.filter((task) => task.atMs >= 0 && task.atMs <= run.loadMs).map((task) => task.ms);
    run.loadLongTasks = { count: duringLoad.length, longestMs: Math.max(0, ...duringLoad), totalMs: duringLoad.reduce((sum, ms) => sum + ms, 0) };
    run.rowsRead = (await page.getByTestId("rows-read").textContent()) ?? "";
    for (const view of BENCH_VIEWS) {
      const visit = await openView(page, view.id);
      const revisit = await openView(page, view.id);
      run.views.push({ id: view.id, firstChartMs: visit.first, allChartsMs: visit.all, revisitMs: revisit.all, dropToViewMs: run.loadMs + visit.all });
    }
  } catch (error) {
    run.error = (error instanceof Error ? error.message : String(error)).split("\n", 1)[0] ?? "failed";
  } finally {
    clearInterval(heapTimer);
    run.peakMemoryBytes = memory.stop();
    run.peakJsHeapBytes = peakJsHeapBytes;
    if (errors.length && !run.error) run.error = errors.join("; ");
    await context.close();
  }
  return run;
}
