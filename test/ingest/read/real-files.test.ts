import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ident } from "../../../src/engine/sql";
import { loadRawTable } from "../../../src/ingest/read/load-raw-table";
import { sharedData, testDatabase } from "../../helpers/db";

/** Loads a file of ../shared/data and returns the RawTable with its first and last rows. */
async function loadShared(relativePath: string, tableName: string) {
  const db = await testDatabase();
  const bytes = new Uint8Array(await readFile(sharedData(relativePath)));
  const raw = await loadRawTable(db, tableName, { fileName: path.basename(relativePath), bytes });
  const [first] = await db.query(`SELECT * FROM ${ident(tableName)} ORDER BY __row LIMIT 1`);
  const [last] = await db.query(`SELECT * FROM ${ident(tableName)} ORDER BY __row DESC LIMIT 1`);
  return { raw, first, last, db };
}

describe("loadRawTable: the public data sets", () => {
  it("Superstore sample-orders.csv: Mac Roman, CR-only line endings", async () => {
    const { raw, first, last, db } = await loadShared("superstore_orders/sample-orders.csv", "superstore");
    expect(raw).toMatchObject({ columns: ["order_date", "order_id", "customer", "grand_total"], rowCount: 5009 });
    expect(raw.format).toEqual({ kind: "delimited", encoding: "macintosh", delimiter: ",", header: true, lineEnding: "CR" });
    expect(first).toEqual({ __row: 1, order_date: "9/7/11", order_id: "CA-2011-100006", customer: "Dennis Kane", grand_total: "378" });
    expect(last).toEqual({ __row: 5009, order_date: "7/8/14", order_id: "US-2014-169551", customer: "Rob Lucas", grand_total: "1345" });
    const accented = await db.query("SELECT DISTINCT customer FROM superstore WHERE customer IN ('Neil Französisch', 'Resi Pölking', 'Anna Häberlin', 'Peter Bühler') ORDER BY customer");
    expect(accented.map((row) => row.customer)).toEqual(["Anna Häberlin", "Neil Französisch", "Peter Bühler", "Resi Pölking"]);
  });

  it("CDNOW_sample.txt: whitespace-separated, no header, zero-padded ids", async () => {
    const { raw, first, last } = await loadShared("cdnow_lifetimes/CDNOW_sample.txt", "cdnow_sample");
    expect(raw).toMatchObject({ columns: ["column_1", "column_2", "column_3", "column_4", "column_5"], rowCount: 6919 });
    expect(raw.format).toEqual({ kind: "delimited", encoding: "utf-8", delimiter: "whitespace", header: false, lineEnding: "CRLF" });
    expect(first).toEqual({ __row: 1, column_1: "00004", column_2: "0001", column_3: "19970101", column_4: "2", column_5: "29.33" });
    expect(last).toEqual({ __row: 6919, column_1: "23569", column_2: "2357", column_3: "19970325", column_4: "2", column_5: "25.74" });
  });

  it("CDNOW_master.txt: whitespace-separated with a header; __row follows the file's line order", async () => {
    const { raw, first, last, db } = await loadShared("cdnow_lifetimes/CDNOW_master.txt", "cdnow_master");
    expect(raw).toMatchObject({ columns: ["customer_id", "date", "number_of_cds", "dollar_value"], rowCount: 69659 });
    expect(raw.format).toMatchObject({ delimiter: "whitespace", header: true });
    expect(first).toEqual({ __row: 1, customer_id: "00001", date: "19970101", number_of_cds: "1", dollar_value: "11.77" });
    expect(last).toEqual({ __row: 69659, customer_id: "23570", date: "19970326", number_of_cds: "2", dollar_value: "42.96" });
    const lines = (await readFile(sharedData("cdnow_lifetimes/CDNOW_master.txt"), "latin1")).split("\r\n");
    const [middle] = await db.query("SELECT concat_ws(' ', customer_id, date, number_of_cds, dollar_value) AS line FROM cdnow_master WHERE __row = 35000");
    expect(middle?.line).toBe(lines[35000]?.trim().split(/ +/).join(" "));
  });

  it("UCI mba_sample.csv: 1,000 rows, one without a customer id", async () => {
    const { raw, first, last, db } = await loadShared("uci_online_retail_sample/mba_sample.csv", "mba_sample");
    expect(raw).toMatchObject({
      columns: ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"],
      rowCount: 1000,
    });
    expect(first).toEqual({
      __row: 1,
      InvoiceNo: "536365",
      StockCode: "85123A",
      Description: "WHITE HANGING HEART T-LIGHT HOLDER",
      Quantity: "6",
      InvoiceDate: "2010-12-01 08:26:00",
      UnitPrice: "2.55",
      CustomerID: "17850",
      Country: "United Kingdom",
    });
    expect(last).toMatchObject({ __row: 1000, InvoiceNo: "536520", CustomerID: "14729" });
    const [counts] = await db.query("SELECT count(DISTINCT CustomerID)::INTEGER AS customers, count(*) FILTER (WHERE CustomerID IS NULL)::INTEGER AS missing FROM mba_sample");
    expect(counts).toEqual({ customers: 48, missing: 1 });
  });
});
