import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTransactionsSql } from "../../../src/ingest/canonical/build-transactions";
import { readQualityReport } from "../../../src/ingest/canonical/quality-report";
import type { MappedSource } from "../../../src/ingest/canonical/staged-rows";
import { sharedData, testDatabase } from "../../helpers/db";
import { columnMapping, execAll } from "./fixture";
import { createRawTable } from "./raw-table";

function reasonCounts(report: Awaited<ReturnType<typeof readQualityReport>>) {
  return Object.fromEntries(report.reasons.map(({ reason, rows }) => [reason, rows]));
}

// data/README.md: 6,919 rows, 2,357 customers, 1997-01-01..1998-06-30, 8 rows of $0.00, 21 exact duplicates.
describe("CDNOW sample (headerless, whitespace separated)", () => {
  let cdnow: MappedSource;
  beforeAll(async () => {
    const lines = readFileSync(sharedData("cdnow_lifetimes/CDNOW_sample.txt"), "utf8").split(/\r?\n/).filter((line) => line.trim() !== "");
    const columns = ["column_1", "column_2", "column_3", "column_4", "column_5"];
    const raw = await createRawTable(await testDatabase(), "raw_cdnow", "CDNOW_sample.txt", columns, lines.map((line) => line.trim().split(/\s+/)));
    const mapping = columnMapping({ customer_id: "column_1", order_date: "column_3", quantity: "column_4", amount: "column_5" });
    cdnow = { raw, mapping: { columns: mapping, amountFrom: "column", dateOrder: "mdy" } };
  });

  it("keeps every row, notes the zero amounts and the duplicates", async () => {
    const db = await testDatabase();
    await execAll(db, buildTransactionsSql([cdnow], { dropDuplicates: false }));
    const report = await readQualityReport(db, [cdnow]);
    expect([report.rowsRead, report.rowsUsed]).toEqual([6919, 6919]);
    expect(reasonCounts(report)).toEqual({
      missing_customer_id: 0,
      unparseable_date: 0,
      unparseable_amount: 0,
      duplicate_dropped: 0,
      refund: 0,
      duplicate_kept: 21,
      id_repaired: 0,
      zero_amount: 8,
    });
    const zeroAmounts = report.reasons.find((reason) => reason.reason === "zero_amount")?.examples;
    expect(zeroAmounts?.map((example) => example.row)).toEqual([226, 449, 718, 873, 3089]); // the first 5 of 8
    expect(zeroAmounts?.[0]).toEqual({
      fileName: "CDNOW_sample.txt",
      row: 226,
      values: { column_1: "01101", column_3: "19970105", column_5: "0.00", column_4: "1" },
    });
    expect(
      await db.query(`SELECT count(DISTINCT customer_id)::INTEGER AS customers, min(order_date)::VARCHAR AS first, max(order_date)::VARCHAR AS last,
          count(*) FILTER (WHERE order_ts IS NOT NULL)::INTEGER AS with_time, min(customer_id) AS first_id FROM transactions`),
    ).toEqual([{ customers: 2357, first: "1997-01-01", last: "1998-06-30", with_time: 0, first_id: "00004" }]);
  });

  it("drops the 21 duplicates when asked", async () => {
    const db = await testDatabase();
    await execAll(db, buildTransactionsSql([cdnow], { dropDuplicates: true }));
    const report = await readQualityReport(db, [cdnow]);
    expect([report.rowsRead, report.rowsUsed]).toEqual([6919, 6898]);
    expect(reasonCounts(report)).toMatchObject({ duplicate_dropped: 21, duplicate_kept: 0 });
  });
});

// data/README.md: the first 1,000 lines of UCI Online Retail, 48 customers (+1 row without an id), 2010-12-01.
describe("UCI Online Retail sample (amount = Quantity × UnitPrice)", () => {
  it("keeps 999 rows of 48 customers in 65 invoices; cancellations are refunds", async () => {
    const db = await testDatabase();
    await db.registerFile("mba_sample.csv", readFileSync(sharedData("uci_online_retail_sample/mba_sample.csv")));
    await db.exec(`CREATE OR REPLACE TABLE raw_uci_sample AS
      SELECT (row_number() OVER ())::INTEGER AS __row, * FROM read_csv('mba_sample.csv', all_varchar = true)`);
    const columns = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"];
    const uci: MappedSource = {
      raw: { fileName: "mba_sample.csv", table: "raw_uci_sample", columns, rowCount: 1000, format: { kind: "delimited" } },
      mapping: {
        columns: columnMapping({ customer_id: "CustomerID", order_date: "InvoiceDate", order_id: "InvoiceNo", quantity: "Quantity", unit_price: "UnitPrice", product: "Description", region: "Country" }),
        amountFrom: "quantity_x_unit_price",
        dateOrder: "mdy",
      },
    };
    await execAll(db, buildTransactionsSql([uci], { dropDuplicates: false }));
    const report = await readQualityReport(db, [uci]);
    expect([report.rowsRead, report.rowsUsed]).toEqual([1000, 999]);
    expect(reasonCounts(report)).toEqual({
      missing_customer_id: 1,
      unparseable_date: 0,
      unparseable_amount: 0,
      duplicate_dropped: 0,
      refund: 10,
      duplicate_kept: 23,
      id_repaired: 0,
      zero_amount: 0,
    });
    // Totals checked with Python's csv module: 48 customers, 65 invoices, Σ round(Quantity × UnitPrice, 6) = 24,506.25
    const [totals] = await db.query(`SELECT count(DISTINCT customer_id)::INTEGER AS customers, count(DISTINCT order_id)::INTEGER AS orders,
        round(sum(amount), 2) AS revenue, count(*) FILTER (WHERE order_ts IS NULL)::INTEGER AS without_time FROM transactions`);
    expect(totals).toEqual({ customers: 48, orders: 65, revenue: 24506.25, without_time: 0 });
  });
});
