import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultRfmOptions } from "../../../src/analyses/rfm/options";
import { runRfm, runRfmCustomers } from "../../../src/analyses/rfm/run";
import type { RfmCustomerRow, RfmResult } from "../../../src/analyses/rfm/types";
import { sharedData, testDatabase } from "../../helpers/db";
import { createTransactionsTable } from "../transactions-table";
import { customersFromLines, referenceScores } from "./reference";

// Fields: master id, sample id, YYYYMMDD, CDs, dollars, separated by runs of spaces; no header, no order ids.
const lines = readFileSync(sharedData("cdnow_lifetimes/CDNOW_sample.txt"), "utf8")
  .split(/\r?\n/)
  .filter((line) => line.trim() !== "")
  .map((line) => {
    const [, id = "", day = "", , dollars = ""] = line.trim().split(/\s+/);
    return { id, date: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`, cents: Math.round(Number(dollars) * 100) };
  });
const asOfDate = "1998-07-01"; // the day after the last purchase
const options = defaultRfmOptions(asOfDate);

describe("RFM on the CDNOW sample (2,357 customers, 1997-01-01..1998-06-30)", () => {
  let customers: RfmCustomerRow[];
  let result: RfmResult;

  beforeAll(async () => {
    const db = await testDatabase();
    const tabSeparated = lines.map((line, index) => [index + 1, line.id, line.date, line.cents / 100].join("\t")).join("\n");
    await db.registerFile("cdnow_sample.tsv", new TextEncoder().encode(tabSeparated));
    await createTransactionsTable(db);
    await db.exec(`INSERT INTO transactions BY NAME
      SELECT
        'CDNOW_sample.txt' AS source,
        source_row,
        sample_id AS customer_id,
        sample_id || '|' || CAST(order_date AS VARCHAR) AS order_id,
        order_date,
        dollars AS amount
      FROM read_csv('cdnow_sample.tsv', delim = '\t', header = false,
        columns = {'source_row': 'INTEGER', 'sample_id': 'VARCHAR', 'order_date': 'DATE', 'dollars': 'DOUBLE'})`);
    customers = await runRfmCustomers(db, options);
    result = await runRfm(db, options, "segments");
  });

  it("scores all 2,357 customers; their frequencies add up to the 6,696 customer-days", () => {
    expect(lines).toHaveLength(6919);
    expect(customers).toHaveLength(2357);
    expect(customers.reduce((total, row) => total + row.frequency, 0)).toBe(6696); // CLVTools' cdnow.csv
    const totalCents = lines.reduce((total, line) => total + line.cents, 0);
    expect(result.stats.net_revenue).toBeCloseTo(totalCents / 100, 6);
  });

  it("matches an independent computation of every score, segment and class", () => {
    const reference = referenceScores(customersFromLines(lines, asOfDate));
    const mismatches = customers.filter((row) => {
      const expected = reference.get(row.customer_id);
      return !expected || expected.r !== row.r_score || expected.f !== row.f_score || expected.m !== row.m_score || expected.segment !== row.segment || expected.class8 !== row.class8;
    });
    expect(mismatches).toEqual([]);
  });

  it("shows the tie collapse: every one-order customer gets F = 1 and no customer gets F = 2", () => {
    const oneOrder = customers.filter((row) => row.frequency === 1).length;
    expect(oneOrder).toBeGreaterThan(2357 * 0.4); // more than 2 fifths share frequency 1 …
    const f = result.scoreRanges.filter((row) => row.measure === "frequency");
    expect(f[0]).toMatchObject({ score: 1, customers: oneOrder, min_value: 1, max_value: 1 });
    expect(f[1]).toMatchObject({ score: 2, customers: 0, min_value: null }); // … so the rank of frequency 2 is past the second fifth
    // Frequency 2: rank = oneOrder + 1 → F = 1 + floor(5 × oneOrder / 2357).
    expect(customers.find((row) => row.frequency === 2)?.f_score).toBe(1 + Math.floor((5 * oneOrder) / 2357));
  });

  it("keeps every score's range apart and in order", () => {
    for (const measure of ["recency", "frequency", "monetary"] as const) {
      const filled = result.scoreRanges.filter((row) => row.measure === measure && row.customers > 0);
      expect(filled.reduce((total, row) => total + row.customers, 0)).toBe(2357);
      for (let index = 1; index < filled.length; index++) {
        const previous = filled[index - 1];
        const current = filled[index];
        if (!previous || !current) continue;
        // R counts down as recency grows; F and M count up with the value; no value is in two scores.
        if (measure === "recency") expect(current.max_value ?? NaN).toBeLessThan(previous.min_value ?? NaN);
        else expect(current.min_value ?? NaN).toBeGreaterThan(previous.max_value ?? NaN);
      }
    }
  });

  it("sums the segments and the 25 cells to all customers and all revenue", () => {
    expect(result.summary.reduce((total, row) => total + row.customers, 0)).toBe(2357);
    expect(result.cells.reduce((total, row) => total + row.customers, 0)).toBe(2357);
    expect(result.cells.reduce((total, row) => total + row.revenue, 0)).toBeCloseTo(result.stats.net_revenue, 6);
    const distribution = result.distributions.filter((row) => row.measure === "monetary");
    expect(distribution.reduce((total, row) => total + row.customers, 0)).toBe(2357);
    // The few customers above the 99th percentile are in the last bin, the only open-ended one.
    expect(distribution.filter((row) => row.open_ended)).toEqual([distribution.at(-1)]);
    const largest = Math.max(...customers.map((row) => row.monetary));
    expect(distribution.at(-1)?.bin_end ?? Infinity).toBeLessThanOrEqual(largest);
  });
});
