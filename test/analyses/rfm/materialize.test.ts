import { describe, expect, it } from "vitest";
import { materializeRfmTables, materializeScoredTables } from "../../../src/analyses/rfm/materialize";
import { LIST_LIMIT, prepareRfm, rfmViewQueries } from "../../../src/analyses/rfm/view-queries";
import type { Database } from "../../../src/engine/database";
import { rfmViewSettings } from "../../../src/analyses/rfm/view-settings";
import { defaultRfmOptions, type RfmOptions } from "../../../src/analyses/rfm/options";
import { runRfm, runRfmCustomers } from "../../../src/analyses/rfm/run";
import { withCell } from "../../../src/analyses/rfm/segments";
import { testDatabase } from "../../helpers/db";
import { loadFixture, type FixtureRow } from "./insert-rows";

const rows: FixtureRow[] = [
  ["A", "A1", "2024-01-10", 120],
  ["A", "A2", "2024-06-10", 80],
  ["B", "B1", "2024-05-01", 0.1],
  ["B", "B1", "2024-05-01", 0.2],
  ["C", "C1", "2024-02-01", 0.3],
  ["C", "C1", "2024-03-01", -0.3],
  ["D", "D1", "2023-12-24", 45],
  ["E", "E1", "2024-06-29", 300],
  ["E", "E2", "2024-06-30", 10],
  ["F", "F1", "2024-04-04", -5],
];

const variants: [string, RfmOptions][] = [
  ["quantile", defaultRfmOptions("2024-07-01")],
  ["mean monetary, edited map", { ...defaultRfmOptions("2024-07-01"), monetary: "mean", segmentMap: withCell(defaultRfmOptions("").segmentMap, 5, 5, "loyal") }],
  ["thresholds", { ...defaultRfmOptions("2024-07-01"), scoring: { method: "thresholds", thresholds: { recency: [7, 30, 60, 120], frequency: [2, 3, 4, 5], monetary: [1, 50, 100, 200] } } }],
  ["mean split, earlier as-of", { ...defaultRfmOptions("2024-05-01"), scoring: { method: "mean" } }],
];

describe("the view's materialized tables", () => {
  it.each(variants)("give the same results as the inline SQL (%s)", async (_, options) => {
    const db = await testDatabase();
    await loadFixture(db, rows);
    const tables = await materializeRfmTables(db, options, 1);
    expect(await runRfm(db, options, "segments", tables)).toEqual(await runRfm(db, options, "segments"));
    expect(await runRfm(db, options, "cn8", tables)).toEqual(await runRfm(db, options, "cn8"));
    expect(await runRfmCustomers(db, options, { kind: "all" }, undefined, tables)).toEqual(await runRfmCustomers(db, options));
    const scored = await materializeScoredTables(db, options, 1);
    expect(scored.scored).toBeDefined();
    expect(await runRfm(db, options, "segments", scored)).toEqual(await runRfm(db, options, "segments"));
    expect(await runRfm(db, options, "cn8", scored)).toEqual(await runRfm(db, options, "cn8"));
    expect(await runRfmCustomers(db, options, { kind: "cell", r: 5, fm: 5 }, undefined, scored)).toEqual(await runRfmCustomers(db, options, { kind: "cell", r: 5, fm: 5 }));
  });

  it("scores again when the map or the scoring changes, not otherwise", async () => {
    const db = await testDatabase();
    await loadFixture(db, rows);
    const options = defaultRfmOptions("2024-07-01");
    const first = await materializeScoredTables(db, options, 9);
    expect(await materializeScoredTables(db, { ...options }, 9)).toEqual(first);
    const edited = { ...options, segmentMap: withCell(options.segmentMap, 5, 5, "loyal") };
    const rescored = await materializeScoredTables(db, edited, 9);
    expect(rescored.ranked).toBe(first.ranked);
    expect(rescored.scored).not.toBe(first.scored);
    expect((await runRfm(db, edited, "segments", rescored)).cells).toEqual((await runRfm(db, edited, "segments")).cells);
  });

  it("builds each table once and rebuilds them for a new data version", async () => {
    const db = await testDatabase();
    await loadFixture(db, rows);
    const options = defaultRfmOptions("2024-07-01");
    const first = await materializeRfmTables(db, options, 7);
    expect(await materializeRfmTables(db, options, 7)).toEqual(first);
    const perOrder = await materializeRfmTables(db, { ...options, monetary: "mean" }, 7);
    expect(perOrder.activity).toBe(first.activity); // the activity does not depend on the monetary definition
    expect(perOrder.ranked).not.toBe(first.ranked);
    await loadFixture(db, rows.slice(0, 4));
    const rebuilt = await materializeRfmTables(db, options, 8);
    expect(rebuilt.activity).not.toBe(first.activity);
    expect((await runRfm(db, options, "segments", rebuilt)).stats.customers).toBe(2); // A and B
  });

  it("prepares, after a build, what the view shows first: opening it then runs no query (settings in use)", async () => {
    const db = await testDatabase();
    await loadFixture(db, rows);
    let statements = 0;
    const counted: Database = { ...db, query: (sql) => (statements++, db.query(sql)), exec: (sql) => (statements++, db.exec(sql)) };
    const [, setMonetary] = rfmViewSettings().monetary;
    setMonetary("mean");
    await prepareRfm(counted, "2024-07-01", 21);
    expect(statements).toBeGreaterThan(0);
    statements = 0;
    const options: RfmOptions = { ...defaultRfmOptions("2024-07-01"), monetary: "mean" };
    const population = await rfmViewQueries.population(counted, "2024-07-01", "mean", 21);
    await rfmViewQueries.ranges(counted, options, 21);
    const segments = await rfmViewQueries.segments(counted, options, "segments", 21);
    const list = await rfmViewQueries.list(counted, options, { kind: "all" }, 21);
    expect(statements).toBe(0);
    // the same figures as the inline SQL
    const inline = await runRfm(db, options, "segments");
    expect([population.stats, segments.summary, segments.cells]).toEqual([inline.stats, inline.summary, inline.cells]);
    expect(list).toEqual(await runRfmCustomers(db, options, { kind: "all" }, LIST_LIMIT + 1));
    // another setting is computed, not taken from the cache
    await rfmViewQueries.population(counted, "2024-07-01", "total", 21);
    expect(statements).toBeGreaterThan(0);
    setMonetary("total");
  });
});
