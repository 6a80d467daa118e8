import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/engine/database";
import { literal } from "../../../src/engine/sql";
import { buildTransactionsSql } from "../../../src/ingest/canonical/build-transactions";
import type { MappedSource } from "../../../src/ingest/canonical/staged-rows";
import { testDatabase } from "../../helpers/db";
import { columnMapping, createFixture, execAll } from "./fixture";

const EMPTY = { quantity: null, unit_price: null, category: null, channel: null, region: null };

async function transactionsOf(db: Database, source: string) {
  return db.query(`SELECT source, source_row, customer_id, order_id, order_date::VARCHAR AS order_date, order_ts::VARCHAR AS order_ts,
      amount, quantity, unit_price, product, category, channel, region
    FROM transactions WHERE source = ${literal(source)} ORDER BY source_row`);
}

describe("buildTransactionsSql", () => {
  let sources: MappedSource[];
  beforeAll(async () => {
    sources = await createFixture(await testDatabase());
  });

  it("creates the canonical columns in order, with their types", async () => {
    const db = await testDatabase();
    await execAll(db, buildTransactionsSql(sources, { dropDuplicates: false }));
    const columns = await db.query("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'transactions' ORDER BY ordinal_position");
    expect(columns.map((column) => `${column.column_name} ${column.data_type}`)).toEqual([
      "source VARCHAR",
      "source_row INTEGER",
      "customer_id VARCHAR",
      "order_id VARCHAR",
      "order_date DATE",
      "order_ts TIMESTAMP",
      "amount DOUBLE",
      "quantity DOUBLE",
      "unit_price DOUBLE",
      "product VARCHAR",
      "category VARCHAR",
      "channel VARCHAR",
      "region VARCHAR",
    ]);
  });

  it("keeps valid rows of the shop export, parsed; order id = customer|day when missing", async () => {
    const db = await testDatabase();
    await execAll(db, buildTransactionsSql(sources, { dropDuplicates: false }));
    const shop = { source: "订单.csv", ...EMPTY };
    expect(await transactionsOf(db, "订单.csv")).toEqual([
      { ...shop, source_row: 1, customer_id: "C001", order_id: "A1", order_date: "2024-03-05", order_ts: "2024-03-05 14:22:00", amount: 1234.5, product: "茶叶" },
      // row 2 repeats row 1 exactly: kept by default
      { ...shop, source_row: 2, customer_id: "C001", order_id: "A1", order_date: "2024-03-05", order_ts: "2024-03-05 14:22:00", amount: 1234.5, product: "茶叶" },
      // rows 3-6 are excluded (see ingest_rows below); (12.50) is a refund
      { ...shop, source_row: 7, customer_id: "C003", order_id: "A6", order_date: "2024-03-08", order_ts: null, amount: -12.5, product: "退款" },
      { ...shop, source_row: 8, customer_id: "C003", order_id: "C003|2024-03-09", order_date: "2024-03-09", order_ts: null, amount: 0, product: "赠品" },
      // ` 17850.0 ` is repaired to 17850; dotted dates are day-first
      { ...shop, source_row: 9, customer_id: "17850", order_id: "A8", order_date: "2024-03-09", order_ts: null, amount: 5, product: "茶叶" },
      // 3/10/2024 month-first and Excel serial 45361 are the same day: one order
      { ...shop, source_row: 10, customer_id: "00042", order_id: "00042|2024-03-10", order_date: "2024-03-10", order_ts: null, amount: 1234.56, product: "茶具" },
      { ...shop, source_row: 11, customer_id: "00042", order_id: "00042|2024-03-10", order_date: "2024-03-10", order_ts: null, amount: 12, product: "茶叶" },
      { ...shop, source_row: 12, customer_id: "C004", order_id: "A9", order_date: "2024-03-11", order_ts: null, amount: -3, product: "杯子" },
    ]);
  });

  it("derives amount = quantity × unit price (UCI style) and unions the sources", async () => {
    const db = await testDatabase();
    await execAll(db, buildTransactionsSql(sources, { dropDuplicates: false }));
    const uci = { source: "uci.csv", product: null, category: null, channel: null, region: null };
    expect(await transactionsOf(db, "uci.csv")).toEqual([
      // 6 × 2.55 is 15.299999999999999 in floating point; amounts are rounded to 6 decimals
      { ...uci, source_row: 1, customer_id: "17850", order_id: "536365", order_date: "2010-12-01", order_ts: "2010-12-01 08:26:00", amount: 15.3, quantity: 6, unit_price: 2.55 },
      { ...uci, source_row: 2, customer_id: "14527", order_id: "C536379", order_date: "2010-12-01", order_ts: "2010-12-01 09:41:00", amount: -27.5, quantity: -1, unit_price: 27.5 },
    ]);
    expect(await db.query("SELECT count(*)::INTEGER AS n FROM transactions")).toEqual([{ n: 10 }]);
  });

  it("records every raw row in ingest_rows: the exclusion reason by precedence, and the noted reasons of kept rows", async () => {
    const db = await testDatabase();
    await execAll(db, buildTransactionsSql(sources, { dropDuplicates: false }));
    const rows = await db.query(`SELECT source_table, source_row, excluded_reason, refund, duplicate_kept, id_repaired, zero_amount
      FROM ingest_rows ORDER BY source_table DESC, source_row`);
    const row = (source_table: string, source_row: number, excluded_reason: string | null, noted: string[] = []) => ({
      source_table,
      source_row,
      excluded_reason,
      refund: noted.includes("refund"),
      duplicate_kept: noted.includes("duplicate_kept"),
      id_repaired: noted.includes("id_repaired"),
      zero_amount: noted.includes("zero_amount"),
    });
    expect(rows).toEqual([
      row("raw_uci", 1, null, ["id_repaired"]),
      row("raw_uci", 2, null, ["refund"]),
      row("raw_uci", 3, "missing_customer_id"),
      row("raw_shop", 1, null),
      row("raw_shop", 2, null, ["duplicate_kept"]),
      row("raw_shop", 3, "missing_customer_id"),
      row("raw_shop", 4, "unparseable_date"),
      row("raw_shop", 5, "unparseable_amount"),
      row("raw_shop", 6, "missing_customer_id"), // also no date and no amount: the first reason wins
      row("raw_shop", 7, null, ["refund"]),
      row("raw_shop", 8, null, ["zero_amount"]),
      row("raw_shop", 9, null, ["id_repaired"]),
      row("raw_shop", 10, null),
      row("raw_shop", 11, null),
      row("raw_shop", 12, null, ["refund"]),
    ]);
  });

  it("drops exact duplicates after the first occurrence when asked", async () => {
    const db = await testDatabase();
    await execAll(db, buildTransactionsSql(sources, { dropDuplicates: true }));
    expect(await db.query("SELECT source_row, excluded_reason, duplicate_kept FROM ingest_rows WHERE source_table = 'raw_shop' AND source_row <= 2 ORDER BY source_row")).toEqual([
      { source_row: 1, excluded_reason: null, duplicate_kept: false },
      { source_row: 2, excluded_reason: "duplicate_dropped", duplicate_kept: false },
    ]);
    expect(await db.query("SELECT count(*)::INTEGER AS n FROM transactions")).toEqual([{ n: 9 }]);
  });

  it("creates empty tables when there is no source", async () => {
    const db = await testDatabase();
    await execAll(db, buildTransactionsSql([], { dropDuplicates: false }));
    expect(await db.query("SELECT (SELECT count(*) FROM transactions)::INTEGER AS t, (SELECT count(*) FROM ingest_rows)::INTEGER AS i")).toEqual([{ t: 0, i: 0 }]);
  });

  it("refuses a mapping without a required column", () => {
    const [shop] = sources;
    const unmapped = { ...shop!, mapping: { ...shop!.mapping, columns: columnMapping({ customer_id: "客户编号", order_date: "下单时间" }) } };
    expect(() => buildTransactionsSql([unmapped], { dropDuplicates: false })).toThrow("订单.csv: no column is mapped to amount");
  });
});
