import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { rfmCommand } from "../../../src/analyses/rfm/cli";
import { defaultRfmOptions } from "../../../src/analyses/rfm/options";
import { runRfm, runRfmCustomers } from "../../../src/analyses/rfm/run";
import type { RfmCustomerRow, RfmResult } from "../../../src/analyses/rfm/types";
import { parseCommandLine } from "../../../src/cli/args";
import { sharedData, testDatabase } from "../../helpers/db";
import { createTransactionsTable } from "../transactions-table";
import { customersFromLines, referenceScores } from "./reference";

// The rfm R package's demo orders: customer_id (a name), order_date, revenue (whole dollars); no order ids.
const file = sharedData("rfm_pkg_orders/rfm_data_orders.csv");
const lines = readFileSync(file, "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [id = "", date = "", revenue = ""] = line.split(",");
    return { id, date, cents: Number(revenue) * 100 };
  });
const asOfDate = "2006-12-31"; // the analysis date of the package's examples
const options = defaultRfmOptions(asOfDate);

// Published in the package README (rfm_table_order with analysis_date 2006-12-31): recency_days,
// transaction_count, amount. None of these customers has two orders on one day, so count = frequency.
const published: [string, number, number, number][] = [
  ["Abbey O'Reilly", 205, 6, 472],
  ["Add Senger", 140, 3, 340],
  ["Aden Lesch", 194, 4, 405],
  ["Admiral Senger", 132, 5, 448],
  ["Agness O'Keefe", 90, 9, 843],
  ["Aileen Barton", 84, 9, 763],
  ["Ailene Hermann", 281, 8, 699],
  ["Aiyanna Bruen", 246, 4, 157],
  ["Ala Schmidt", 349, 3, 363],
  ["Alannah Borer", 619, 4, 196],
];

describe("RFM on the rfm package's orders (995 customers, as-of 2006-12-31)", () => {
  let customers: RfmCustomerRow[];
  let result: RfmResult;

  beforeAll(async () => {
    const db = await testDatabase();
    await db.registerFile("rfm_data_orders.csv", readFileSync(file));
    await createTransactionsTable(db);
    await db.exec(`INSERT INTO transactions BY NAME
      SELECT
        'rfm_data_orders.csv' AS source,
        CAST(row_number() OVER () AS INTEGER) AS source_row,
        customer_id,
        customer_id || '|' || CAST(order_date AS VARCHAR) AS order_id,
        CAST(order_date AS DATE) AS order_date,
        CAST(revenue AS DOUBLE) AS amount
      FROM read_csv('rfm_data_orders.csv', header = true, all_varchar = true)`);
    customers = await runRfmCustomers(db, options);
    result = await runRfm(db, options, "segments");
  });

  it("reproduces the published recency, count and amount", () => {
    const byId = new Map(customers.map((row) => [row.customer_id, row]));
    for (const [id, recency, count, amount] of published) {
      expect(byId.get(id), id).toMatchObject({ recency_days: recency, frequency: count, monetary: amount });
    }
    expect(result.stats).toMatchObject({ customers: 995, net_revenue: 464158, refund_only_customers: 0 });
  });

  it("counts two orders on one day as one order (no order ids in the file)", () => {
    // 11 customer-date pairs occur twice (data/README.md): those customers have one order fewer than rows.
    const rowsPerCustomer = new Map<string, number>();
    for (const line of lines) rowsPerCustomer.set(line.id, (rowsPerCustomer.get(line.id) ?? 0) + 1);
    const fewerOrders = customers.filter((row) => row.frequency < (rowsPerCustomer.get(row.customer_id) ?? 0));
    expect(fewerOrders).toHaveLength(11);
    expect(customers.reduce((total, row) => total + row.frequency, 0)).toBe(lines.length - 11);
  });

  it("matches an independent computation of every score, segment and class", () => {
    const reference = referenceScores(customersFromLines(lines, asOfDate));
    expect(reference.size).toBe(995);
    const mismatches = customers.filter((row) => {
      const expected = reference.get(row.customer_id);
      return !expected || expected.r !== row.r_score || expected.f !== row.f_score || expected.m !== row.m_score || expected.fm !== row.fm_score || expected.segment !== row.segment || expected.class8 !== row.class8;
    });
    expect(mismatches).toEqual([]);
    const segmentCounts = new Map<string, number>();
    for (const expected of reference.values()) segmentCounts.set(expected.segment, (segmentCounts.get(expected.segment) ?? 0) + 1);
    expect(Object.fromEntries(result.summary.map((row) => [row.segment, row.customers]))).toEqual(
      Object.fromEntries(result.summary.map((row) => [row.segment, segmentCounts.get(row.segment) ?? 0])),
    );
    expect(result.summary.reduce((total, row) => total + (row.revenue_share ?? 0), 0)).toBeCloseTo(1, 12);
  });

  it("prints the issue's columns from the command line", async () => {
    const { options: flags } = parseCommandLine(["rfm", "--input", file, "--as-of", asOfDate, "--scheme", "cn8"], rfmCommand.options);
    const { json, csv } = await rfmCommand.run(await testDatabase(), flags);
    const output = json as { customers: Record<string, unknown>[]; summary: Record<string, unknown>[] };
    expect(output.customers).toHaveLength(995);
    expect(Object.keys(output.customers[0] ?? {})).toEqual([
      "customer_id",
      "recency_days",
      "frequency",
      "monetary",
      "r_score",
      "f_score",
      "m_score",
      "fm_score",
      "segment",
      "class8",
    ]);
    expect(output.customers[0]).toMatchObject({ customer_id: "Abbey O'Reilly", recency_days: 205, frequency: 6, monetary: 472 });
    expect(Object.keys(output.summary[0] ?? {})).toEqual(["segment", "customers", "revenue", "revenue_share"]);
    expect(output.summary.map((row) => row.segment)).toEqual(["重要价值客户", "重要保持客户", "重要发展客户", "重要挽留客户", "一般价值客户", "一般保持客户", "一般发展客户", "一般挽留客户"]);
    expect(output.summary.reduce((total, row) => total + Number(row.customers), 0)).toBe(995);
    expect(csv.startsWith("# customers\ncustomer_id,recency_days,frequency,monetary,r_score,f_score,m_score,fm_score,segment,class8\n")).toBe(true);
    expect(csv).toContain("\n# summary\nsegment,customers,revenue,revenue_share\n");
  });

  it("takes fixed thresholds from the command line and refuses decreasing ones", async () => {
    const argv = ["rfm", "--input", file, "--as-of", asOfDate, "--scoring", "thresholds", "--r-thresholds", "30,90,180,365", "--f-thresholds", "2,4,6,8", "--m-thresholds", "100,200,400,800"];
    const { json } = await rfmCommand.run(await testDatabase(), parseCommandLine(argv, rfmCommand.options).options);
    const abbey = (json as { customers: Record<string, unknown>[] }).customers[0];
    // Abbey: recency 205 (> 180, ≤ 365) → R 2; 6 orders (≥ 2, 4, 6) → F 4; 472 (≥ 100, 200, 400) → M 4; FM 4.
    expect(abbey).toMatchObject({ r_score: 2, f_score: 4, m_score: 4, fm_score: 4, segment: "At risk" });
    const decreasing = parseCommandLine([...argv.slice(0, -1), "800,400,200,100"], rfmCommand.options).options;
    await expect(rfmCommand.run(await testDatabase(), decreasing)).rejects.toThrow(/must not decrease/);
  });
});
