import { beforeAll, describe, expect, it } from "vitest";
import { runCohortCellCustomers, runCohorts } from "../../../src/analyses/cohorts/run";
import type { CohortCellRow, CohortResult } from "../../../src/analyses/cohorts/types";
import { testDatabase } from "../../helpers/db";
import { loadFixture, MONTHLY_FIXTURE } from "./fixture-rows";

const asOfDate = "2024-03-10"; // March 2024 is the partial as-of period (it ends on 03-31)

// cohort, k, customers, customers on or after, revenue, revenue retention, cumulative revenue, partial
type CellTuple = [string, number, number, number, number, number | null, number, boolean];

function tuple(row: CohortCellRow): CellTuple {
  return [row.cohort, row.k, row.customers, row.customers_on_or_after, row.revenue, row.revenue_retention, row.cumulative_revenue, row.is_partial];
}

describe("Monthly cohorts on a hand-worked fixture", () => {
  let result: CohortResult;

  beforeAll(async () => {
    const db = await testDatabase();
    await loadFixture(db, MONTHLY_FIXTURE);
    result = await runCohorts(db, { asOfDate, period: "month" });
  });

  it("forms the cohorts from first purchases only", () => {
    // E has only a refund and F buys after the as-of date: no cohort. G's refund of 2023-12-28 does not
    // make G a December customer: its first purchase is 2024-01-02.
    expect(result.cohorts).toEqual([
      { cohort: "2023-11", cohort_start: "2023-11-01", cohort_size: 2 }, // A, B
      { cohort: "2023-12", cohort_start: "2023-12-01", cohort_size: 1 }, // C (zero-value purchase)
      { cohort: "2024-01", cohort_start: "2024-01-01", cohort_size: 2 }, // D, G
    ]);
  });

  it("fills the triangle up to the as-of period, across the year end", () => {
    expect(result.cells.map(tuple)).toEqual([
      // Nov 2023 (A, B); last purchases: A in Jan (k 2), B in Mar (k 4)
      ["2023-11", 0, 2, 2, 140, 1, 140, false], // 100 + 40
      ["2023-11", 1, 1, 2, 30, 30 / 140, 170, false], // A: 30 + 20 − 20 refund; B skips December
      ["2023-11", 2, 2, 2, 90, 90 / 140, 260, false], // Nov → Jan is 2 months over the year end: A 30, B 60
      ["2023-11", 3, 0, 1, 0, 0, 260, false], // nobody in February; only B buys later
      ["2023-11", 4, 1, 1, 10, 10 / 140, 270, true], // B in March, not over at the as-of date
      // Dec 2023 (C): revenue 0 in period 0 ⇒ revenue retention NULL throughout
      ["2023-12", 0, 1, 1, 0, null, 0, false],
      ["2023-12", 1, 0, 1, 0, null, 0, false],
      ["2023-12", 2, 1, 1, 25, null, 25, false],
      ["2023-12", 3, 0, 0, 0, null, 25, true],
      // Jan 2024 (D, G): 80 + 45 − 5 (G's earlier refund counts in period 0); D's refund −80 in February
      ["2024-01", 0, 2, 2, 120, 1, 120, false],
      ["2024-01", 1, 0, 0, -80, -80 / 120, 40, false],
      ["2024-01", 2, 0, 0, 0, 0, 40, true],
    ]);
  });

  it("derives the shares from the counts", () => {
    const nov = result.cells.filter((row) => row.cohort === "2023-11");
    expect(nov.map((row) => row.retention)).toEqual([1, 0.5, 1, 0, 0.5]);
    expect(nov.map((row) => row.retention_on_or_after)).toEqual([1, 1, 1, 0.5, 0.5]);
    expect(nov.map((row) => row.cumulative_revenue_per_customer)).toEqual([70, 85, 130, 130, 135]); // ÷ 2
    expect(nov.map((row) => row.period_start)).toEqual(["2023-11-01", "2023-12-01", "2024-01-01", "2024-02-01", "2024-03-01"]);
  });

  it("averages complete cells weighted by cohort size", () => {
    expect(result.average).toEqual([
      // k 0: sizes 2, 1, 2; revenue (2·140 + 1·0 + 2·120) / 5; revenue retention only over Nov and Jan (Dec is NULL)
      { k: 0, cohorts: 3, cohort_customers: 5, retention: 1, retention_on_or_after: 1, revenue: 104, revenue_retention: 1, cumulative_revenue_per_customer: 52 },
      // k 1: retention (2·0.5 + 1·0 + 2·0) / 5; on or after (2·1 + 1·1 + 2·0) / 5; cumulative (2·85 + 0 + 2·20) / 5
      {
        k: 1,
        cohorts: 3,
        cohort_customers: 5,
        retention: 0.2,
        retention_on_or_after: 0.6,
        revenue: -20, // (2·30 + 0 + 2·(−80)) / 5
        revenue_retention: expect.closeTo(-19 / 84, 12), // (2·30/140 + 2·(−80/120)) / 4
        cumulative_revenue_per_customer: 42,
      },
      // k 2: Jan's k 2 is partial, left out: Nov (2) and Dec (1)
      { k: 2, cohorts: 2, cohort_customers: 3, retention: 1, retention_on_or_after: 1, revenue: expect.closeTo(205 / 3, 12), revenue_retention: 90 / 140, cumulative_revenue_per_customer: 95 },
      // k 3: Nov only; k 4 exists only as a partial cell, so there is no average for it
      { k: 3, cohorts: 1, cohort_customers: 2, retention: 0, retention_on_or_after: 0.5, revenue: 0, revenue_retention: 0, cumulative_revenue_per_customer: 130 },
    ]);
  });

  it("filters the cohort range by any date inside the first and last cohort", async () => {
    const db = await testDatabase();
    const ranged = await runCohorts(db, { asOfDate, period: "month", firstCohort: "2023-12-15", lastCohort: "2024-01-31" });
    expect([...new Set(ranged.cells.map((row) => row.cohort))]).toEqual(["2023-12", "2024-01"]);
    expect(ranged.cohorts).toHaveLength(3); // the range control still lists every cohort
    expect(ranged.average[0]).toMatchObject({ k: 0, cohorts: 2, cohort_customers: 3 });
    const onlyLast = await runCohorts(db, { asOfDate, period: "month", firstCohort: "2024-01-01" });
    expect(onlyLast.cells.map((row) => [row.cohort, row.k])).toEqual([["2024-01", 0], ["2024-01", 1], ["2024-01", 2]]);
  });

  it("has no cell after the as-of period and no partial mark when the as-of date ends its period", async () => {
    const db = await testDatabase();
    const endOfFebruary = await runCohorts(db, { asOfDate: "2024-02-29", period: "month" });
    expect(endOfFebruary.cells.filter((row) => row.cohort === "2023-11").map((row) => row.k)).toEqual([0, 1, 2, 3]);
    expect(endOfFebruary.cells.some((row) => row.is_partial)).toBe(false);
    expect(endOfFebruary.average.map((row) => row.k)).toEqual([0, 1, 2, 3]);
  });
});

describe("Edge cases", () => {
  it("has no cohort before the first purchase, nor without data", async () => {
    const db = await testDatabase();
    await loadFixture(db, MONTHLY_FIXTURE);
    expect(await runCohorts(db, { asOfDate: "2023-11-09", period: "month" })).toEqual({ cohorts: [], cells: [], average: [] });
    await loadFixture(db, "('empty', 1, 'E', 'E1', DATE '2024-01-05', -10)"); // a refund only
    expect(await runCohorts(db, { asOfDate: "2024-03-10", period: "week" })).toEqual({ cohorts: [], cells: [], average: [] });
  });

  it("rejects a period that is not month, week or quarter before building SQL", async () => {
    const period = "day') OR TRUE --" as unknown as "month";
    await expect(runCohorts(await testDatabase(), { asOfDate, period })).rejects.toThrow(/Not a calendar period/);
  });
});

describe("Quarterly cohorts on the same fixture", () => {
  it("puts Oct–Dec 2023 in 2023-Q4 and marks Q1 2024 partial", async () => {
    const db = await testDatabase();
    await loadFixture(db, MONTHLY_FIXTURE);
    const { cohorts, cells, average } = await runCohorts(db, { asOfDate, period: "quarter" });
    expect(cohorts).toEqual([
      { cohort: "2023-Q4", cohort_start: "2023-10-01", cohort_size: 3 }, // A, B, C
      { cohort: "2024-Q1", cohort_start: "2024-01-01", cohort_size: 2 }, // D, G
    ]);
    expect(cells.map(tuple)).toEqual([
      ["2023-Q4", 0, 3, 3, 170, 1, 170, false], // 100 + 30 + 20 − 20 + 40 + 0
      ["2023-Q4", 1, 3, 3, 125, 125 / 170, 295, true], // A 30, B 60 + 10, C 25
      ["2024-Q1", 0, 2, 2, 40, 1, 40, true], // 80 − 80 + 45 − 5 (G's Q4 refund clamps to period 0)
    ]);
    expect(average).toEqual([
      { k: 0, cohorts: 1, cohort_customers: 3, retention: 1, retention_on_or_after: 1, revenue: 170, revenue_retention: 1, cumulative_revenue_per_customer: 170 / 3 },
    ]);
  });
});

describe("The customers behind a cell", () => {
  beforeAll(async () => loadFixture(await testDatabase(), MONTHLY_FIXTURE));
  const options = { asOfDate, period: "month" as const };

  it("lists who bought in the period (retention)", async () => {
    const rows = await runCohortCellCustomers(await testDatabase(), options, { cohortStart: "2023-11-20", k: 1 }, "on");
    expect(rows).toEqual([
      // A's December: one order (two lines) and a refund; cumulative 100 + 30 + 20 − 20
      { customer_id: "A", first_purchase_date: "2023-11-10", last_purchase_date: "2024-01-15", period_orders: 1, period_revenue: 30, cumulative_revenue: 130 },
    ]);
  });

  it("lists who bought in the period or later (on or after), biggest cumulative revenue first", async () => {
    const rows = await runCohortCellCustomers(await testDatabase(), options, { cohortStart: "2023-11-01", k: 1 }, "on_or_after");
    expect(rows.map((row) => [row.customer_id, row.period_orders, row.cumulative_revenue])).toEqual([
      ["A", 1, 130],
      ["B", 0, 40], // skipped December, came back in January
    ]);
    const nobodyAfterFebruary = await runCohortCellCustomers(await testDatabase(), options, { cohortStart: "2023-12-01", k: 3 }, "on_or_after");
    expect(nobodyAfterFebruary).toEqual([]);
  });

  it("lists the rows behind a cell's revenue, refunds included, summing to the cell", async () => {
    const refunded = await runCohortCellCustomers(await testDatabase(), options, { cohortStart: "2024-01-01", k: 1 }, "any_row");
    expect(refunded).toEqual([
      { customer_id: "D", first_purchase_date: "2024-01-20", last_purchase_date: "2024-01-20", period_orders: 0, period_revenue: -80, cumulative_revenue: 0 },
    ]);
    expect(await runCohortCellCustomers(await testDatabase(), options, { cohortStart: "2024-01-01", k: 1 }, "on")).toEqual([]);
  });

  it("lists every cohort customer with the cumulative revenue through the period", async () => {
    const rows = await runCohortCellCustomers(await testDatabase(), options, { cohortStart: "2024-01-01", k: 0 }, "all");
    expect(rows.map((row) => [row.customer_id, row.period_revenue, row.cumulative_revenue])).toEqual([
      ["D", 80, 80],
      ["G", 40, 40], // 45 − 5: the refund dated before the first purchase counts in period 0
    ]);
  });

  it("rejects an offset that is not a whole number of periods", async () => {
    await expect(runCohortCellCustomers(await testDatabase(), options, { cohortStart: "2024-01-01", k: 1.5 }, "on")).rejects.toThrow(/offset/);
  });
});
