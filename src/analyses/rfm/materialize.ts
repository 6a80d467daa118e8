import type { Database } from "../../engine/database";
import { ident } from "../../engine/sql";
import { customerActivityCtes, customerRankCtes, customerScoreCtes, type RfmTables } from "./customer-scores-sql";
import type { RfmOptions } from "./options";
import { recentPromises } from "../recent-promises";

/** SQL that fills `table` with `customer_activity` (the expensive distinct-order count, once per as-of date). */
export function buildActivityTableSql(table: string, asOfDate: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${ident(table)} AS
WITH
  ${customerActivityCtes(asOfDate)}
SELECT * FROM customer_activity`;
}

/** SQL that fills `table` with `customer_mean_split` (ranks and means) from a materialized activity table. */
export function buildRankedTableSql(table: string, activityTable: string, options: Pick<RfmOptions, "asOfDate" | "monetary">): string {
  return `CREATE OR REPLACE TEMP TABLE ${ident(table)} AS
WITH
  customer_activity AS (SELECT * FROM ${ident(activityTable)}),
  ${customerRankCtes(options)}
SELECT * FROM customer_mean_split`;
}

/** SQL that fills `table` with `customer_scores` (scores, segment, class) from the materialized ranks. */
export function buildScoredTableSql(table: string, rankedTable: string, options: RfmOptions): string {
  return `CREATE OR REPLACE TEMP TABLE ${ident(table)} AS
WITH
  customer_mean_split AS (SELECT * FROM ${ident(rankedTable)}),
  ${customerScoreCtes(options)}
SELECT * FROM customer_scores`;
}

const KEEP = 2;
type Kind = "activity" | "ranked" | "scored";
type Cache = { counter: number; built: Record<Kind, (key: string, start: () => Promise<string>) => Promise<string>> };
const caches = new WeakMap<Database, Cache>();

function cacheOf(db: Database): Cache {
  let cache = caches.get(db);
  if (!cache) {
    const dropTable = (table: Promise<string>) => void table.then((name) => db.exec(`DROP TABLE IF EXISTS ${ident(name)}`)).catch(() => undefined);
    const built = () => recentPromises<string>(KEEP, dropTable);
    caches.set(db, (cache = { counter: 0, built: { activity: built(), ranked: built(), scored: built() } }));
  }
  return cache;
}

/**
 * Builds a temp table once per key. The two most recently used of each kind are kept (older ones are
 * dropped), so a slower, older request can still finish and switching an option back is instant.
 */
function once(db: Database, kind: Kind, key: string, build: (table: string) => string): Promise<string> {
  const cache = cacheOf(db);
  return cache.built[kind](key, () => {
    const table = `rfm_${kind}_${++cache.counter}`;
    return db.exec(build(table)).then(() => table);
  });
}

/**
 * The view's materialized tables for these options and this version of `transactions`, each built once:
 * the activity per as-of date (the costly distinct-order count), the ranks per as-of date and monetary
 * definition (three sorts). Scoring, map and scheme changes only run the cheap last CTEs again.
 */
export async function materializeRfmTables(db: Database, options: Pick<RfmOptions, "asOfDate" | "monetary">, dataVersion: number): Promise<RfmTables> {
  const activityKey = `${dataVersion}|${options.asOfDate}`;
  const activity = await once(db, "activity", activityKey, (table) => buildActivityTableSql(table, options.asOfDate));
  const ranked = await once(db, "ranked", `${activityKey}|${options.monetary}`, (table) => buildRankedTableSql(table, activity, options));
  return { activity, ranked };
}

/**
 * materializeRfmTables plus `customer_scores` for the full options, for the queries that read the scores
 * (segments, cells, lists): each would otherwise score every customer again.
 */
export async function materializeScoredTables(db: Database, options: RfmOptions, dataVersion: number): Promise<RfmTables> {
  const tables = await materializeRfmTables(db, options, dataVersion);
  const key = `${dataVersion}|${options.asOfDate}|${options.monetary}|${JSON.stringify(options.scoring)}|${JSON.stringify(options.segmentMap)}`;
  const scored = await once(db, "scored", key, (table) => buildScoredTableSql(table, tables.ranked, options));
  return { ...tables, scored };
}

let oneShotCounter = 0;

/** Fresh tables for a single run (the command line): same SQL as the view, no cache to go stale. */
export async function buildRfmTables(db: Database, options: Pick<RfmOptions, "asOfDate" | "monetary">): Promise<RfmTables> {
  const id = ++oneShotCounter;
  const tables = { activity: `rfm_run_${id}_activity`, ranked: `rfm_run_${id}_ranked` };
  await db.exec(buildActivityTableSql(tables.activity, options.asOfDate));
  await db.exec(buildRankedTableSql(tables.ranked, tables.activity, options));
  return tables;
}
