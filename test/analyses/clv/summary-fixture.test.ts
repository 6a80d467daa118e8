import { beforeAll, describe, expect, it } from "vitest";
import { buildClvPopulationQuery, buildClvSummaryQuery, buildClvTrackingQuery } from "../../../src/analyses/clv/query";
import type { ClvPopulationRow, ClvSummaryRow, ClvTrackingRow } from "../../../src/analyses/clv/types";
import { testDatabase } from "../../helpers/db";
import { replaceTransactions } from "../transactions-table";

// Calibration to 2024-03-31, holdout to the as-of date 2024-06-30 (2024 is a leap year).
// A: two rows on 01-01 (one customer-day of 80), repeat days 01-15 and 02-12, a refund on 02-20 that moves
//    nothing, holdout days 04-10 (two rows) and 05-01. B: one zero-value purchase on the calibration end.
// C: first bought after the calibration end (left out). D: a refund only. E: bought after the as-of date.
// F: 03-01 (10 + 0 on one day), then a zero-value repeat day on 03-08.
const rows = `
  ('fixture',  1, 'A', 'A1', DATE '2024-01-01',  50),
  ('fixture',  2, 'A', 'A1', DATE '2024-01-01',  30),
  ('fixture',  3, 'A', 'A2', DATE '2024-01-15',  20),
  ('fixture',  4, 'A', 'A3', DATE '2024-02-12',  40),
  ('fixture',  5, 'A', 'A3', DATE '2024-02-20', -40),
  ('fixture',  6, 'A', 'A4', DATE '2024-04-10',  25),
  ('fixture',  7, 'A', 'A5', DATE '2024-04-10',   5),
  ('fixture',  8, 'A', 'A6', DATE '2024-05-01',  10),
  ('fixture',  9, 'B', 'B1', DATE '2024-03-31',   0),
  ('fixture', 10, 'C', 'C1', DATE '2024-04-02',  60),
  ('fixture', 11, 'D', 'D1', DATE '2024-02-01', -10),
  ('fixture', 12, 'E', 'E1', DATE '2024-07-05',  70),
  ('fixture', 13, 'F', 'F1', DATE '2024-03-01',  10),
  ('fixture', 14, 'F', 'F2', DATE '2024-03-01',   0),
  ('fixture', 15, 'F', 'F3', DATE '2024-03-08',   0)`;

const split = { asOfDate: "2024-06-30", calibrationEnd: "2024-03-31" };

describe("CLV summary on a hand-checked fixture", () => {
  beforeAll(async () => {
    const db = await testDatabase();
    await replaceTransactions(db, rows);
  });

  it("merges purchases per customer-day, ignores refunds, and counts repeat days after the first (weeks)", async () => {
    const summary = await (await testDatabase()).query<ClvSummaryRow>(buildClvSummaryQuery({ ...split, timeUnit: "week" }));
    expect(summary).toEqual([
      {
        customer_id: "A",
        first_purchase_date: "2024-01-01",
        last_purchase_date: "2024-02-12", // the refund of 02-20 is no purchase
        x: 2, // 01-15 and 02-12; the two rows of 01-01 are one day
        t_x_days: 42,
        T_days: 90, // 31 (Jan) + 29 (Feb) + 30
        t_x: 6,
        T: 90 / 7,
        mean_repeat_value: 30, // (20 + 40) / 2: the first day's 80 is not a repeat purchase
        holdout_purchases: 2, // 04-10 (two rows, one day) and 05-01
        holdout_value: 40,
      },
      {
        customer_id: "B",
        first_purchase_date: "2024-03-31",
        last_purchase_date: "2024-03-31",
        x: 0,
        t_x_days: 0,
        T_days: 0, // first bought on the calibration end itself
        t_x: 0,
        T: 0,
        mean_repeat_value: null,
        holdout_purchases: 0,
        holdout_value: 0,
      },
      {
        customer_id: "F",
        first_purchase_date: "2024-03-01",
        last_purchase_date: "2024-03-08",
        x: 1,
        t_x_days: 7,
        T_days: 30,
        t_x: 1,
        T: 30 / 7,
        mean_repeat_value: 0, // a zero-value repeat day is a purchase
        holdout_purchases: 0,
        holdout_value: 0,
      },
    ]);
  });

  it("expresses t_x and T in days or in months of 365.25 / 12 days", async () => {
    const db = await testDatabase();
    const [days] = await db.query<ClvSummaryRow>(buildClvSummaryQuery({ ...split, timeUnit: "day" }));
    expect(days).toMatchObject({ t_x: 42, T: 90 });
    const [months] = await db.query<ClvSummaryRow>(buildClvSummaryQuery({ ...split, timeUnit: "month" }));
    expect(months!.t_x).toBeCloseTo(42 / 30.4375, 12);
    expect(months!.T).toBeCloseTo(90 / 30.4375, 12);
  });

  it("has no holdout when the calibration ends on the as-of date", async () => {
    const summary = await (await testDatabase()).query<ClvSummaryRow>(buildClvSummaryQuery({ asOfDate: "2024-06-30", calibrationEnd: "2024-06-30", timeUnit: "week" }));
    expect(summary.map((row) => [row.customer_id, row.x, row.holdout_purchases])).toEqual([
      ["A", 4, 0], // 01-15, 02-12, 04-10, 05-01
      ["B", 0, 0],
      ["C", 0, 0],
      ["F", 1, 0],
    ]);
  });

  it("counts the customers left out for being first seen after the calibration end", async () => {
    const [population] = await (await testDatabase()).query<ClvPopulationRow>(buildClvPopulationQuery({ ...split, timeUnit: "week" }));
    expect(population).toEqual({ customers: 4, first_seen_after_calibration: 1 }); // A, B, C, F; C after 03-31
  });

  it("tracks repeat purchase days per 7-day week from the first purchase (2024-01-01) to the as-of week", async () => {
    const tracking = await (await testDatabase()).query<ClvTrackingRow>(buildClvTrackingQuery({ ...split, timeUnit: "week" }));
    expect(tracking).toHaveLength(26); // (06-30 − 01-01) = 181 days → weeks 1..26
    // A: 01-15 (day 14, week 3), 02-12 (day 42, week 7), 04-10 (day 100, week 15), 05-01 (day 121, week 18); F: 03-08 (day 67, week 10)
    expect(tracking.filter((week) => week.repeat_purchases > 0).map((week) => [week.week, week.week_start, week.repeat_purchases])).toEqual([
      [3, "2024-01-15", 1],
      [7, "2024-02-12", 1],
      [10, "2024-03-04", 1],
      [15, "2024-04-08", 1],
      [18, "2024-04-29", 1],
    ]);
    expect(tracking.at(-1)!.cumulative_repeat_purchases).toBe(5);
  });
});
