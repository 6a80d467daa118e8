// Measures the RFM view's queries on 100,000 synthetic customers (seeded; 5 % refund rows):
//   npx tsx test/analyses/rfm/bench-100k.ts [rows, default 1000000]
// Not a test: timings depend on the machine. Wall time and this process's CPU time (DuckDB-WASM runs on
// this thread) are printed; on a busy shared machine the CPU time is the fairer figure.
// Measured 2026-11-23 on the 2-core dev box (quiet), 1,000,000 rows (the synthetic worst case: every row its own
// order), warm runs #2–#3: open 1.05–1.1 s (of which the tables ~0.8 s), again or after Analysis.prepare 0 ms,
// edit the map 0.15 s, thresholds + 8 classes 0.19–0.26 s, monetary switch 0.49–0.61 s. The first (cold) run
// takes about 1.9 s: WebAssembly code is still being optimised.
// In the page (1 M-row bench CSV, 100 k customers, headless Chromium): RFM tab → every chart drawn in 0.54 s the
// first time after a load (prepared while the page was idle), 0.29–0.35 s after that.
import { openNodeDatabase } from "../../../src/engine/node-database";
import { materializeRfmTables } from "../../../src/analyses/rfm/materialize";
import { runRfm, runRfmCustomers } from "../../../src/analyses/rfm/run";
import { rfmViewQueries } from "../../../src/analyses/rfm/view-queries";
import { defaultRfmOptions, type RfmOptions } from "../../../src/analyses/rfm/options";
import { withCell } from "../../../src/analyses/rfm/segments";
import { createTransactionsTable } from "../transactions-table";

const CUSTOMERS = 100_000;
const ROWS = Number(process.argv[2] ?? 1_000_000);

const db = await openNodeDatabase();
await createTransactionsTable(db);
await db.query("SELECT setseed(0.42)");
await db.exec(`INSERT INTO transactions (source, source_row, customer_id, order_id, order_date, amount)
  SELECT
    'bench',
    i::INTEGER,
    'C' || lpad(CAST(i % ${CUSTOMERS} AS VARCHAR), 6, '0'),
    'O' || CAST(i // 2 AS VARCHAR),
    DATE '2022-01-01' + CAST(floor(random() * 730) AS INTEGER),
    CASE WHEN random() < 0.05 THEN -round(random() * 50, 2) ELSE round(random() * 200, 2) END
  FROM range(${ROWS}) AS t(i)`);

async function timed(run: () => Promise<unknown>): Promise<string> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return `${(performance.now() - start).toFixed(0)} ms wall / ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`;
}

const options: RfmOptions = defaultRfmOptions("2024-01-01");
const [{ customers } = { customers: 0 }] = await db.query<{ customers: number }>("SELECT count(DISTINCT customer_id)::INTEGER AS customers FROM transactions");
console.log(`${customers} customers, ${ROWS} rows`);

// What the view runs for each change, through the same cached queries (src/analyses/rfm/view-queries.ts).
// A new data version per attempt, so nothing is cached from the attempt before.
let dataVersion = 0;
const openView = (current: RfmOptions, scheme: "segments" | "cn8" = "segments") =>
  Promise.all([
    rfmViewQueries.population(db, current.asOfDate, current.monetary, dataVersion),
    rfmViewQueries.ranges(db, current, dataVersion),
    rfmViewQueries.segments(db, current, scheme, dataVersion),
    rfmViewQueries.list(db, current, { kind: "all" }, dataVersion),
  ]);
for (let attempt = 1; attempt <= 3; attempt++) {
  dataVersion++;
  const open = await timed(() => openView(options));
  const reopenAfterPrepare = await timed(() => openView(options));
  const editMap = await timed(() => openView({ ...options, segmentMap: withCell(options.segmentMap, 1, 1, attempt % 2 ? "hibernating" : "at_risk") }));
  const thresholds = await timed(() =>
    openView({ ...options, scoring: { method: "thresholds", thresholds: { recency: [30, 90, 180, 365], frequency: [2, 3, 4, 5], monetary: [100, 300, 600, 1000] } } }, "cn8"),
  );
  const meanMonetary = await timed(() => openView({ ...options, monetary: "mean" }));
  console.log(`#${attempt} open the view (materialize, every summary, first 101 customers): ${open}`);
  console.log(`#${attempt} open it again, or after Analysis.prepare ran it (cached): ${reopenAfterPrepare}`);
  console.log(`#${attempt} edit a cell of the segment map (summary, cells, list): ${editMap}`);
  console.log(`#${attempt} switch to fixed thresholds and the 8 classes (+ score ranges): ${thresholds}`);
  console.log(`#${attempt} switch monetary to per order (re-rank, everything): ${meanMonetary}`);
}
console.log(`every summary with the chain inline (no temp tables): ${await timed(() => runRfm(db, options, "segments"))}`);
console.log(`all ${customers} customer rows from the temp tables (full CSV download): ${await timed(async () => runRfmCustomers(db, options, { kind: "all" }, undefined, await materializeRfmTables(db, options, dataVersion)))}`);
await db.close();
