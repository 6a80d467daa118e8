import { describe, expect, it } from "vitest";
import { churnViewQueries, prepareChurn } from "../../src/analyses/churn/view-queries";
import { churnViewSettings } from "../../src/analyses/churn/view-settings";
import { cohortOptions, cohortsResult, prepareCohorts } from "../../src/analyses/cohorts/view-queries";
import { overviewResult } from "../../src/analyses/overview/view-queries";
import { runOverview } from "../../src/analyses/overview/run";
import { defaultPyramidOptions } from "../../src/analyses/pyramid/options";
import { preparePyramid, pyramidResult } from "../../src/analyses/pyramid/view-queries";
import { sharedResult, viewResultKey } from "../../src/analyses/view-results";
import type { Database } from "../../src/engine/database";
import { testDatabase } from "../helpers/db";
import { replaceTransactions } from "./transactions-table";

const AS_OF = "2024-07-01";

/** The shared database, with every statement counted. */
async function countedDatabase(): Promise<{ db: Database; statements: () => number }> {
  const db = await testDatabase();
  let statements = 0;
  const counted: Database = { ...db, query: (sql) => (statements++, db.query(sql)), exec: (sql) => (statements++, db.exec(sql)) };
  return { db: counted, statements: () => statements };
}

describe("view results shared by visits and Analysis.prepare", () => {
  it("runs a query once per key, and again after a failure", async () => {
    const db = await testDatabase();
    let runs = 0;
    const run = async () => ++runs;
    expect(await sharedResult(db, "k1", run)).toBe(1);
    expect(await sharedResult(db, "k1", run)).toBe(1);
    expect(await sharedResult(db, "k2", run)).toBe(2);
    await expect(sharedResult(db, "broken", () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(await sharedResult(db, "broken", run)).toBe(3);
    expect(viewResultKey("cohorts", "result", 4, { a: 1 })).toBe('cohorts|result|4|{"a":1}');
  });

  it("after prepare, opening Overview, Cohorts, Pyramid and Churn runs no SQL, with the same figures", async () => {
    await replaceTransactions(
      await testDatabase(),
      `('t', 1, 'A', 'A1', DATE '2024-01-10', 120), ('t', 2, 'A', 'A2', DATE '2024-06-10', 80), ('t', 3, 'B', 'B1', DATE '2024-05-01', 30),
       ('t', 4, 'C', 'C1', DATE '2024-02-01', 50), ('t', 5, 'C', 'C1', DATE '2024-03-01', -10), ('t', 6, 'D', 'D1', DATE '2023-12-24', 45)`,
    );
    const { db, statements } = await countedDatabase();
    const version = 31;
    await overviewResult(db, AS_OF, version);
    await prepareCohorts(db, AS_OF, version);
    await preparePyramid(db, AS_OF, version);
    await prepareChurn(db, AS_OF, version);
    const prepared = statements();
    expect(prepared).toBeGreaterThan(0);

    const overview = await overviewResult(db, AS_OF, version);
    await cohortsResult(db, cohortOptions(AS_OF, "month", { first: null, last: null }), version);
    await pyramidResult(db, defaultPyramidOptions(AS_OF), version);
    const evidence = await churnViewQueries.evidence(db, AS_OF, version);
    await churnViewQueries.growth(db, AS_OF, churnViewSettings().period[0](), version);
    await churnViewQueries.status(db, AS_OF, evidence.default_days, version);
    expect(statements()).toBe(prepared);
    expect(overview).toEqual(await runOverview(await testDatabase(), { asOfDate: AS_OF }));

    // a new build (data version) runs again
    await overviewResult(db, AS_OF, version + 1);
    expect(statements()).toBeGreaterThan(prepared);
  });
});
