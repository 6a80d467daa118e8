import { describe, expect, it } from "vitest";
import { literal } from "../../../src/engine/sql";
import { parseAmountSql } from "../../../src/ingest/canonical/parse-amount";
import { testDatabase } from "../../helpers/db";

const CASES: [string | null, number | null][] = [
  ["12", 12],
  ["2.55", 2.55],
  [" 7 ", 7],
  ["¥1,234.50", 1234.5],
  ["$ 12", 12],
  ["€1.234,56", 1234.56],
  ["12,50", 12.5],
  ["1,234", 1234],
  ["1.234", 1.234],
  ["1.234.567", 1234567],
  ["12 345,67", 12345.67],
  ["(12.50)", -12.5],
  ["-3", -3],
  ["3-", -3],
  ["+5", 5],
  ["¥-12", -12],
  ["-0", 0],
  ["£0", 0],
  ["USD 1,000", 1000],
  ["RMB12", 12],
  ["12.5 元", 12.5],
  ["NT$1,200", 1200],
  [".5", 0.5],
  ["abc", null],
  ["", null],
  [null, null],
  ["1,23,4", null],
  ["1.2.3", null],
  ["12-3", null],
  ["--3", null],
  ["(-12)", null],
  // Spreadsheets write large numbers in scientific notation; DuckDB's number cast also takes `_` separators.
  ["1e5", 100000],
  ["1.5E+05", 150000],
  ["1_000", 1000],
  ["inf", null],
  ["-Infinity", null],
  ["NaN", null],
];

describe("parseAmountSql", () => {
  it("reads currency, thousands separators, comma decimals and negative forms; NULL otherwise", async () => {
    const db = await testDatabase();
    const values = CASES.map(([input], index) => `(${index}, ${literal(input)})`).join(", ");
    const rows = await db.query(`SELECT v, ${parseAmountSql("v")} AS amount
      FROM (SELECT id, v::VARCHAR AS v FROM (VALUES ${values}) t(id, v)) ORDER BY id`);
    expect(rows).toEqual(CASES.map(([v, amount]) => ({ v, amount })));
    expect(Object.is(rows.find((row) => row.v === "-0")?.amount, 0)).toBe(true);
  });
});
