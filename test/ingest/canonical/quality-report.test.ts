import { beforeAll, describe, expect, it } from "vitest";
import { buildTransactionsSql } from "../../../src/ingest/canonical/build-transactions";
import { readQualityReport } from "../../../src/ingest/canonical/quality-report";
import type { MappedSource } from "../../../src/ingest/canonical/staged-rows";
import { testDatabase } from "../../helpers/db";
import { createFixture, execAll } from "./fixture";

const shopRow = (row: number, 客户编号: string | null, 订单号: string | null, 下单时间: string, 实付金额: string, 商品: string | null) => ({
  fileName: "订单.csv",
  row,
  values: { 客户编号, 下单时间, 实付金额, 订单号, 商品 },
});
const uciRow = (row: number, InvoiceNo: string, Quantity: string, UnitPrice: string, CustomerID: string, InvoiceDate: string) => ({
  fileName: "uci.csv",
  row,
  values: { CustomerID, InvoiceDate, InvoiceNo, Quantity, UnitPrice },
});

describe("readQualityReport", () => {
  let sources: MappedSource[];
  beforeAll(async () => {
    sources = await createFixture(await testDatabase());
  });

  it("counts every reason with examples (raw values of the mapped columns), duplicates kept", async () => {
    const db = await testDatabase();
    await execAll(db, buildTransactionsSql(sources, { dropDuplicates: false }));
    expect(await readQualityReport(db, sources)).toEqual({
      rowsRead: 15,
      rowsUsed: 10,
      reasons: [
        {
          reason: "missing_customer_id",
          kind: "excluded",
          rows: 3,
          examples: [
            shopRow(3, "", "A2", "2024-03-06", "10", "杯子"),
            shopRow(6, null, "A5", "bad", "abc", null),
            uciRow(3, "536366", "2", "1.85", "", "12/1/2010 8:28"),
          ],
        },
        { reason: "unparseable_date", kind: "excluded", rows: 1, examples: [shopRow(4, "C002", "A3", "2024-02-30", "10", "杯子")] },
        { reason: "unparseable_amount", kind: "excluded", rows: 1, examples: [shopRow(5, "C002", "A4", "2024/3/7", "abc", "杯子")] },
        { reason: "duplicate_dropped", kind: "excluded", rows: 0, examples: [] },
        {
          reason: "refund",
          kind: "kept",
          rows: 3,
          examples: [
            shopRow(7, "C003", "A6", "20240308", "(12.50)", "退款"),
            shopRow(12, "C004", "A9", "2024-03-11", "-3", "杯子"),
            uciRow(2, "C536379", "-1", "27.50", "14527", "12/1/2010 9:41"),
          ],
        },
        { reason: "duplicate_kept", kind: "kept", rows: 1, examples: [shopRow(2, "C001", "A1", "2024-03-05 14:22", "¥1,234.50", "茶叶")] },
        {
          reason: "id_repaired",
          kind: "kept",
          rows: 2,
          examples: [shopRow(9, " 17850.0 ", "A8", "09.03.2024", "5", "茶叶"), uciRow(1, "536365", "6", "2.55", "17850.0", "12/1/2010 8:26")],
        },
        { reason: "zero_amount", kind: "kept", rows: 1, examples: [shopRow(8, "C003", "", "2024年3月9日", "0", "赠品")] },
      ],
    });
  });

  it("reports dropped duplicates instead of kept ones when asked", async () => {
    const db = await testDatabase();
    await execAll(db, buildTransactionsSql(sources, { dropDuplicates: true }));
    const report = await readQualityReport(db, sources);
    expect(report.rowsUsed).toBe(9);
    expect(report.reasons.map(({ reason, rows }) => [reason, rows])).toEqual([
      ["missing_customer_id", 3],
      ["unparseable_date", 1],
      ["unparseable_amount", 1],
      ["duplicate_dropped", 1],
      ["refund", 3],
      ["duplicate_kept", 0],
      ["id_repaired", 2],
      ["zero_amount", 1],
    ]);
    expect(report.reasons[3]?.examples).toEqual([shopRow(2, "C001", "A1", "2024-03-05 14:22", "¥1,234.50", "茶叶")]);
  });

  it("reports nothing read when there is no source", async () => {
    const db = await testDatabase();
    await execAll(db, buildTransactionsSql([], { dropDuplicates: false }));
    const report = await readQualityReport(db, []);
    expect(report.rowsRead).toBe(0);
    expect(report.rowsUsed).toBe(0);
    expect(report.reasons.every((reason) => reason.rows === 0 && reason.examples.length === 0)).toBe(true);
  });
});
