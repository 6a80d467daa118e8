import writeXlsxFile from "write-excel-file/universal";
import { describe, expect, it } from "vitest";
import { ident } from "../../../src/engine/sql";
import { loadRawTable, type ReadOptions } from "../../../src/ingest/read/load-raw-table";
import { testDatabase } from "../../helpers/db";

type Sheets = Parameters<typeof writeXlsxFile>[0];

async function workbook(sheets: Sheets): Promise<Uint8Array> {
  return new Uint8Array(await (await writeXlsxFile(sheets).toBlob()).arrayBuffer());
}

async function load(fileName: string, bytes: Uint8Array, tableName: string, options: ReadOptions = {}) {
  const db = await testDatabase();
  const raw = await loadRawTable(db, tableName, { fileName, bytes }, options);
  return { raw, rows: await db.query(`SELECT * FROM ${ident(tableName)} ORDER BY __row`) };
}

describe("loadRawTable: .xlsx", () => {
  it("reads the first sheet with data: dates as ISO, numbers without float noise, empty cells as NULL", async () => {
    const bytes = await workbook([
      { sheet: "Notes", data: [] },
      {
        sheet: "Orders",
        dateFormat: "yyyy-mm-dd",
        data: [
          ["客户编号", "order_date", "ordered_at", "amount", "note", "vip"],
          ["00042", new Date(Date.UTC(2024, 2, 5)), { value: new Date(Date.UTC(2024, 2, 5, 14, 30)), type: Date, format: "yyyy-mm-dd hh:mm" }, 17850, null, true],
          ["00043", new Date(Date.UTC(2024, 11, 31)), { value: new Date(Date.UTC(2024, 11, 31, 23, 59, 59)), type: Date, format: "yyyy-mm-dd hh:mm:ss" }, 12.5, "  spaced  ", false],
          [null, null, null, null, null, null],
          ["00044", new Date(Date.UTC(1999, 0, 1)), null, 0.1 + 0.2, "last", null],
        ],
      },
    ]);
    const { raw, rows } = await load("orders.xlsx", bytes, "xlsx_orders");
    expect(raw).toMatchObject({ columns: ["客户编号", "order_date", "ordered_at", "amount", "note", "vip"], rowCount: 3 });
    expect(raw.format).toEqual({ kind: "xlsx", sheet: "Orders", header: true });
    expect(rows).toEqual([
      { __row: 1, 客户编号: "00042", order_date: "2024-03-05", ordered_at: "2024-03-05 14:30:00", amount: "17850", note: null, vip: "true" },
      { __row: 2, 客户编号: "00043", order_date: "2024-12-31", ordered_at: "2024-12-31 23:59:59", amount: "12.5", note: "  spaced  ", vip: "false" },
      { __row: 3, 客户编号: "00044", order_date: "1999-01-01", ordered_at: null, amount: "0.3", note: "last", vip: null },
    ]);
  });

  it("reads a named sheet, and a sheet without a header row", async () => {
    const bytes = await workbook([
      { sheet: "A", data: [["x"], ["1"]] },
      { sheet: "B", data: [[1001, 20.5], [1002, 7]] },
    ]);
    const { raw, rows } = await load("book.xlsx", bytes, "xlsx_named", { sheet: "B" });
    expect(raw).toMatchObject({ columns: ["column_1", "column_2"], format: { kind: "xlsx", sheet: "B", header: false } });
    expect(rows).toEqual([
      { __row: 1, column_1: "1001", column_2: "20.5" },
      { __row: 2, column_1: "1002", column_2: "7" },
    ]);
  });

  it("says clearly when there is no data, no such sheet, or no workbook at all", async () => {
    const empty = await workbook([{ sheet: "Sheet1", data: [[null]] }]);
    await expect(load("orders.xlsx", empty, "xlsx_empty")).rejects.toThrow("orders.xlsx: the workbook has no sheet with data");
    const named = await workbook([{ sheet: "Sales", data: [["a"], ["1"]] }]);
    await expect(load("orders.xlsx", named, "xlsx_missing", { sheet: "2024" })).rejects.toThrow('orders.xlsx: the workbook has no sheet named "2024" (it has "Sales")');
    const notAWorkbook = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0);
    await expect(load("broken.xlsx", notAWorkbook, "xlsx_broken")).rejects.toThrow("broken.xlsx: is not a readable Excel workbook (.xlsx); save it again as .xlsx or CSV");
  });
});
