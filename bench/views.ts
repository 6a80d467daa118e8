import type { Database, Row } from "../src/engine/database";
import { runGrowthAccounting, runCustomerStatus, runThresholdEvidence } from "../src/analyses/churn/run";
import { runCohorts } from "../src/analyses/cohorts/run";
import { runOverview } from "../src/analyses/overview/run";
import { defaultPyramidOptions } from "../src/analyses/pyramid/options";
import { runPyramid } from "../src/analyses/pyramid/run";
import { CLV_DEFAULTS, defaultHorizon } from "../src/analyses/clv/options";
import { runClv } from "../src/analyses/clv/run";
import { materializeScoredTables } from "../src/analyses/rfm/materialize";
import { defaultRfmOptions } from "../src/analyses/rfm/options";
import { runRfm, runRfmCustomers } from "../src/analyses/rfm/run";

/** One analysis view's queries, run as the view runs them when it first opens (default settings). */
export interface BenchView {
  id: string;
  run(db: Database, asOfDate: string): Promise<unknown>;
}

let rfmDataVersion = 0;
let churnDataVersion = 1_000_000;

export const BENCH_VIEWS: BenchView[] = [
  { id: "overview", run: (db, asOfDate) => runOverview(db, { asOfDate }) },
  {
    id: "rfm",
    // As the view opens: its temp tables (a new data version each run, so warm runs rebuild them too), every summary, the first list page.
    async run(db, asOfDate) {
      const options = defaultRfmOptions(asOfDate);
      const tables = await materializeScoredTables(db, options, ++rfmDataVersion);
      return { result: await runRfm(db, options, "segments", tables), list: await runRfmCustomers(db, options, { kind: "all" }, 201, tables) };
    },
  },
  { id: "cohorts", run: (db, asOfDate) => runCohorts(db, { asOfDate, period: "month" }) },
  { id: "pyramid", run: (db, asOfDate) => runPyramid(db, defaultPyramidOptions(asOfDate)) },
  {
    id: "churn",
    async run(db, asOfDate) {
      const [growth, evidence] = [await runGrowthAccounting(db, { asOfDate, period: "month" }), await runThresholdEvidence(db, { asOfDate })];
      return { growth, evidence, status: await runCustomerStatus(db, { asOfDate, thresholdDays: evidence.default_days }, ++churnDataVersion) };
    },
  },
  {
    id: "clv",
    // The page fits in a worker; here the fit runs on this thread after the same SQL.
    run: (db, asOfDate) => runClv(db, { ...CLV_DEFAULTS, asOfDate, calibrationEnd: asOfDate, horizon: defaultHorizon(CLV_DEFAULTS.timeUnit) }),
  },
];

/** Milliseconds of one view: its first run after the table is built (cold) and the median of three more (warm). */
export interface ViewTiming {
  id: string;
  coldMs: number;
  warmMs: number;
  queries: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Times every view on `db` (which must hold `transactions`); `counted` counts the SQL statements. */
export async function timeViews(db: Database, asOfDate: string, warmRuns = 3): Promise<ViewTiming[]> {
  const timings: ViewTiming[] = [];
  for (const view of BENCH_VIEWS) {
    let queries = 0;
    const counted: Database = { ...db, query: <T extends Row>(sql: string) => (queries++, db.query<T>(sql)) };
    const start = performance.now();
    await view.run(counted, asOfDate);
    const coldMs = performance.now() - start;
    const perRun = queries;
    const warm: number[] = [];
    for (let i = 0; i < warmRuns; i++) {
      const again = performance.now();
      await view.run(counted, asOfDate);
      warm.push(performance.now() - again);
    }
    timings.push({ id: view.id, coldMs, warmMs: median(warm), queries: perRun });
  }
  return timings;
}
