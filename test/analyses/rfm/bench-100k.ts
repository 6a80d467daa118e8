// Measures the RFM view's queries on 100,000 synthetic customers (seeded; 5 % refund rows):
//   npx tsx test/analyses/rfm/bench-100k.ts [rows, default 1000000]
// Not a test: timings depend on the machine. Wall time and this process's CPU time (DuckDB-WASM runs on
// this thread) are printed; on a busy shared machine the CPU time is the fairer figure.
// Measured 2026-11 on the shared 2-core dev box (load 5–8), warm runs #2–#3:
//   1,000,000 rows: open 1.05–1.2 s, edit the map 0.17–0.25 s, thresholds + 8 classes 0.27–0.46 s, monetary switch 0.6–0.7 s
//     300,000 rows: open 0.73–1.1 s, edit the map 0.18–0.22 s, thresholds + 8 classes 0.30–0.32 s, monetary switch 0.66–0.7 s
//   The first (cold) run takes about 3 s: WebAssembly code is still being optimised.
import { openNodeDatabase } from "../../../src/engine/node-database";
import { materializeRfmTables } from "../../../src/analyses/rfm/materialize";
import { runRfm, runRfmCustomers, runScoreRanges, runSegments } from "../../../src/analyses/rfm/run";
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

// What the view re-runs for each change (its queries are keyed on the options they depend on).
let dataVersion = 0;
for (let attempt = 1; attempt <= 3; attempt++) {
  dataVersion++;
  const open = await timed(async () => {
    const tables = await materializeRfmTables(db, options, dataVersion);
    await runRfm(db, options, "segments", tables);
    await runRfmCustomers(db, options, { kind: "all" }, 200, tables);
  });
  const editMap = await timed(async () => {
    const edited = { ...options, segmentMap: withCell(options.segmentMap, 1, 1, attempt % 2 ? "hibernating" : "at_risk") };
    const tables = await materializeRfmTables(db, edited, dataVersion);
    await runSegments(db, edited, "segments", tables);
    await runRfmCustomers(db, edited, { kind: "all" }, 200, tables);
  });
  const thresholds = await timed(async () => {
    const changed: RfmOptions = { ...options, scoring: { method: "thresholds", thresholds: { recency: [30, 90, 180, 365], frequency: [2, 3, 4, 5], monetary: [100, 300, 600, 1000] } } };
    const tables = await materializeRfmTables(db, changed, dataVersion);
    await runScoreRanges(db, changed, tables);
    await runSegments(db, changed, "cn8", tables);
    await runRfmCustomers(db, changed, { kind: "all" }, 200, tables);
  });
  const meanMonetary = await timed(async () => {
    const changed: RfmOptions = { ...options, monetary: "mean" };
    const tables = await materializeRfmTables(db, changed, dataVersion);
    await runRfm(db, changed, "segments", tables);
    await runRfmCustomers(db, changed, { kind: "all" }, 200, tables);
  });
  console.log(`#${attempt} open the view (materialize, every summary, first 200 customers): ${open}`);
  console.log(`#${attempt} edit a cell of the segment map (summary, cells, list): ${editMap}`);
  console.log(`#${attempt} switch to fixed thresholds and the 8 classes (+ score ranges): ${thresholds}`);
  console.log(`#${attempt} switch monetary to per order (re-rank, everything): ${meanMonetary}`);
}
console.log(`every summary with the chain inline (no temp tables): ${await timed(() => runRfm(db, options, "segments"))}`);
console.log(`all ${customers} customer rows from the temp tables (full CSV download): ${await timed(async () => runRfmCustomers(db, options, { kind: "all" }, undefined, await materializeRfmTables(db, options, dataVersion)))}`);
await db.close();
