import { describe, expect, it } from "vitest";
import { buildTransactionsSql } from "../../../src/ingest/canonical/build-transactions";
import { excludedRowsSql } from "../../../src/ingest/canonical/excluded-rows";
import { testDatabase } from "../../helpers/db";
import { createFixture, execAll } from "./fixture";

describe("excludedRowsSql", () => {
  it("lists one file's excluded rows: reason, row number, then the file's own columns", async () => {
    const db = await testDatabase();
    const [shop, uci] = await createFixture(db);
    await execAll(db, buildTransactionsSql([shop!, uci!], { dropDuplicates: true }));
    const rows = await db.query(excludedRowsSql(shop!.raw));
    expect(Object.keys(rows[0] ?? {})).toEqual(["reason", "__row", "客户编号", "订单号", "下单时间", "实付金额", "商品"]);
    expect(rows).toEqual([
      { reason: "duplicate_dropped", __row: 2, 客户编号: "C001", 订单号: "A1", 下单时间: "2024-03-05 14:22", 实付金额: "¥1,234.50", 商品: "茶叶" },
      { reason: "missing_customer_id", __row: 3, 客户编号: "", 订单号: "A2", 下单时间: "2024-03-06", 实付金额: "10", 商品: "杯子" },
      { reason: "unparseable_date", __row: 4, 客户编号: "C002", 订单号: "A3", 下单时间: "2024-02-30", 实付金额: "10", 商品: "杯子" },
      { reason: "unparseable_amount", __row: 5, 客户编号: "C002", 订单号: "A4", 下单时间: "2024/3/7", 实付金额: "abc", 商品: "杯子" },
      { reason: "missing_customer_id", __row: 6, 客户编号: null, 订单号: "A5", 下单时间: "bad", 实付金额: "abc", 商品: null },
    ]);
    expect(await db.query(excludedRowsSql(uci!.raw))).toEqual([
      { reason: "missing_customer_id", __row: 3, InvoiceNo: "536366", Quantity: "2", UnitPrice: "1.85", CustomerID: "", InvoiceDate: "12/1/2010 8:28" },
    ]);
  });
});
