import { describe, expect, it } from "vitest";
import { customerCsvRows, CUSTOMER_CSV_COLUMNS } from "../../../src/analyses/rfm/export-rows";
import { defaultRfmOptions, type RfmOptions } from "../../../src/analyses/rfm/options";
import { runRfm, runRfmCustomers } from "../../../src/analyses/rfm/run";
import { rfmSqlText } from "../../../src/analyses/rfm/sql-text";
import { rowsToCsv } from "../../../src/ui/download";
import { testDatabase } from "../../helpers/db";
import { loadFixture } from "./insert-rows";

const titles = { note: "note", customers: "customers", stats: "stats", ranges: "ranges", summary: "summary", cells: "cells", distribution: "distribution" };

describe("the SQL shown in the view", () => {
  it("runs as it is and gives the view's rows", async () => {
    const db = await testDatabase();
    await loadFixture(db, [
      ["O'Brien; Ltd", "o1", "2024-06-01", 10], // a quote and a semicolon in an id
      ["B", "o2", "2024-05-01", 20],
      ["B", "o3", "2024-06-20", -5],
    ]);
    const options: RfmOptions = { ...defaultRfmOptions("2024-07-01"), scoring: { method: "thresholds", thresholds: { recency: [7, 30, 60, 90], frequency: [2, 3, 4, 5], monetary: [5, 10, 15, 20] } } };
    const text = rfmSqlText(options, "cn8", { kind: "customer", customerId: "O'Brien; Ltd" }, titles);
    expect(text.startsWith("-- note\n\n")).toBe(true);
    const statements = text.slice("-- note\n\n".length).split(/;\n\n(?=-- )/);
    expect(statements.map((statement) => statement.split("\n")[0])).toEqual(["-- customers", "-- summary", "-- cells", "-- ranges", "-- stats", "-- distribution"]);
    const [customers, summary, cells, ranges, stats, distribution] = await Promise.all(statements.map((statement) => db.query(statement.replace(/;$/, ""))));
    const expected = await runRfm(db, options, "cn8");
    expect(customers).toEqual(await runRfmCustomers(db, options, { kind: "customer", customerId: "O'Brien; Ltd" }));
    expect(customers).toHaveLength(1);
    expect({ summary, cells, ranges, stats: stats?.[0], distribution }).toEqual({
      summary: expected.summary,
      cells: expected.cells,
      ranges: expected.scoreRanges,
      stats: expected.stats,
      distribution: expected.distributions,
    });
  });

  it("exports customer lists with ids as text and segment names in the user's language", async () => {
    const db = await testDatabase();
    await loadFixture(db, [
      ["00042", "o1", "2024-06-01", 10],
      ["42", "o2", "2024-05-01", 20],
    ]);
    const rows = customerCsvRows(await runRfmCustomers(db, defaultRfmOptions("2024-07-01")), { segment: (key) => `segment:${key}`, class8: (key) => `class:${key}` });
    const csv = rowsToCsv(rows, [...CUSTOMER_CSV_COLUMNS]);
    expect(csv.startsWith("\uFEFFcustomer_id,recency_days,frequency,monetary,r_score,f_score,m_score,fm_score,segment,class8,net_revenue,last_purchase_date\r\n")).toBe(true);
    // 42: recency 61 → R rank 1 → 1; M 20 rank 2 → 1 + floor(5/2) = 3; F 1 → 1; FM 2 → Lost. 00042: R 3, M 1, FM 1 → About to sleep.
    expect(csv).toContain("\r\n42,61,1,20,1,1,3,2,segment:lost,class:important_winback,20,2024-05-01\r\n");
    expect(csv).toContain("\r\n00042,30,1,10,3,1,1,1,segment:about_to_sleep,class:general_develop,10,2024-06-01\r\n");
  });
});
