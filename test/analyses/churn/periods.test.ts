import { describe, expect, it } from "vitest";
import { periodLastDaySql, periodIndexSql, periodLabelSql, periodStartFromIndexSql } from "../../../src/analyses/period";
import { runGrowthAccounting } from "../../../src/analyses/churn/run";
import type { PeriodUnit } from "../../../src/analyses/churn/options";
import { dateLiteral } from "../../../src/engine/sql";
import { testDatabase } from "../../helpers/db";
import { loadRows } from "./fixture";

async function periodOf(unit: PeriodUnit, isoDate: string) {
  const start = periodStartFromIndexSql(unit, periodIndexSql(unit, dateLiteral(isoDate)));
  const [row] = await (await testDatabase()).query<{ label: string; start: string; end: string }>(
    `SELECT ${periodLabelSql(unit, start)} AS label, CAST(${start} AS VARCHAR) AS start, CAST(${periodLastDaySql(unit, start)} AS VARCHAR) AS "end"`,
  );
  return row;
}

describe("period boundaries", () => {
  it.each([
    // ISO weeks start on Monday and belong to the ISO year of their Thursday
    ["week", "2024-01-31", "2024-W05", "2024-01-29", "2024-02-04"],
    ["week", "2023-12-31", "2023-W52", "2023-12-25", "2023-12-31"], // a Sunday
    ["week", "2024-01-01", "2024-W01", "2024-01-01", "2024-01-07"], // a Monday
    ["week", "2024-12-31", "2025-W01", "2024-12-30", "2025-01-05"],
    ["week", "2021-01-03", "2020-W53", "2020-12-28", "2021-01-03"],
    ["week", "1969-12-31", "1970-W01", "1969-12-29", "1970-01-04"], // before the week numbering's Monday 1970-01-05
    ["month", "2024-02-29", "2024-02", "2024-02-01", "2024-02-29"],
    ["month", "2023-12-31", "2023-12", "2023-12-01", "2023-12-31"],
    ["quarter", "2024-03-31", "2024-Q1", "2024-01-01", "2024-03-31"],
    ["quarter", "2024-04-01", "2024-Q2", "2024-04-01", "2024-06-30"],
    ["quarter", "2023-12-31", "2023-Q4", "2023-10-01", "2023-12-31"],
  ] as const)("%s of %s is %s (%s..%s)", async (unit, date, label, start, end) => {
    expect(await periodOf(unit, date)).toEqual({ label, start, end });
  });

  it("counts weeks from Monday: Sunday 12-31 and Monday 01-01 are consecutive weeks, 01-01 and 01-07 the same week", async () => {
    const db = await testDatabase();
    await loadRows(db, `
      ('w', 1, 'X', 'X1', DATE '2023-12-31', 10),
      ('w', 2, 'X', 'X2', DATE '2024-01-01', 10),
      ('w', 3, 'Y', 'Y1', DATE '2024-01-01', 10),
      ('w', 4, 'Y', 'Y2', DATE '2024-01-07', 10),
      ('w', 5, 'Z', 'Z1', DATE '2024-01-08', 10)`);
    const rows = await runGrowthAccounting(db, { asOfDate: "2024-01-10", period: "week" });
    expect(rows.map(({ period, period_start, is_partial, active, new: n, retained, churned, attrition_rate }) => [period, period_start, is_partial, active, n, retained, churned, attrition_rate])).toEqual([
      ["2023-W52", "2023-12-25", false, 1, 1, 0, 0, 0], // X; X buys again in W01 → attrition 0
      ["2024-W01", "2024-01-01", false, 2, 1, 1, 0, null], // X retained, Y new (two purchases, one week); W02 is not over
      ["2024-W02", "2024-01-08", true, 1, 1, 0, 2, null], // Wednesday 01-10: partial; X, Y churned so far
    ]);
  });

  it("splits quarters at 03-31 / 04-01 and treats an as-of date on the quarter's last day as complete", async () => {
    const db = await testDatabase();
    await loadRows(db, `
      ('q', 1, 'P', 'P1', DATE '2023-12-31', 10),
      ('q', 2, 'P', 'P2', DATE '2024-03-31', 10),
      ('q', 3, 'Q', 'Q1', DATE '2024-04-01', 10)`);
    const complete = await runGrowthAccounting(db, { asOfDate: "2024-06-30", period: "quarter" });
    expect(complete.map(({ period, is_partial, active, retained, churned, attrition_rate }) => [period, is_partial, active, retained, churned, attrition_rate])).toEqual([
      ["2023-Q4", false, 1, 0, 0, 0], // P buys again in Q1
      ["2024-Q1", false, 1, 1, 0, 1], // P does not buy in Q2 (complete on 06-30)
      ["2024-Q2", false, 1, 0, 1, null],
    ]);
    const partial = await runGrowthAccounting(db, { asOfDate: "2024-06-29", period: "quarter" });
    expect(partial.map(({ period, is_partial, attrition_rate }) => [period, is_partial, attrition_rate])).toEqual([
      ["2023-Q4", false, 0],
      ["2024-Q1", false, null],
      ["2024-Q2", true, null],
    ]);
  });
});
