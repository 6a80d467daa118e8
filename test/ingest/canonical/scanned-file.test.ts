import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { buildTransactionsSql } from "../../../src/ingest/canonical/build-transactions";
import type { MappedSource } from "../../../src/ingest/canonical/staged-rows";
import { loadRawTable } from "../../../src/ingest/read/load-raw-table";
import type { Database } from "../../../src/engine/database";
import { testDatabase } from "../../helpers/db";
import { columnMapping, execAll } from "./fixture";

// Ids exported as floats and as "NA", a refund, a zero, an exact repeat (row 5 = row 1) and a near one (row 6).
const FILE = ["customer_id,order_id,order_date,amount,product,channel", "17850.0,A1,2024-03-05,12.5,Tea,store", "NA,A2,2024-03-05,3,Tea,store", "00042,A3,2024-03-06,-2,Mug,online", "00042,A4.0,2024-03-07,0,,online", "17850.0,A1,2024-03-05,12.5,Tea,store", "17850.0,A1,2024-03-05,12.5,Tea,web"].join("\n");

async function built(db: Database, source: MappedSource) {
  await execAll(db, buildTransactionsSql([source], { dropDuplicates: false }));
  return {
    transactions: await db.query(
      "SELECT source_row, customer_id, order_id, order_date::VARCHAR AS order_date, order_ts::VARCHAR AS order_ts, amount, product, channel FROM transactions ORDER BY source_row",
    ),
    rows: await db.query("SELECT source_row, excluded_reason, refund, duplicate_kept, id_repaired, zero_amount FROM ingest_rows ORDER BY source_row"),
  };
}

describe("a delimited file scanned before its parse", () => {
  it("is parsed without trimming and with its listed repeats, to the same table and report as without the scan", async () => {
    const db = await testDatabase();
    const raw = await loadRawTable(db, "scanned_shop", { fileName: "shop.csv", bytes: new TextEncoder().encode(FILE) });
    expect(raw.textScan).toMatchObject({ fieldEdgesTrimmed: true, repeatedRows: [5] });
    // Ids to repair (17850.0, NA) in customer_id; ISO dates; plain amounts.
    expect(raw.textScan?.columnShapes?.map((shape) => [shape.plainId, shape.isoDate, shape.plainNumber])).toEqual([
      [false, false, false],
      [true, false, false],
      [true, true, false],
      [true, false, true],
      [true, false, false],
      [true, false, false],
    ]);
    const mapping = {
      columns: columnMapping({ customer_id: "customer_id", order_id: "order_id", order_date: "order_date", amount: "amount", product: "product", channel: "channel" }),
      amountFrom: "column" as const,
      dateOrder: "mdy" as const,
    };
    const scanned = { raw, mapping };
    const statements = buildTransactionsSql([scanned], { dropDuplicates: false }).join("\n");
    expect(statements).not.toContain("hash(");
    expect(statements).not.toContain(String.raw`[\s\x{00A0}\x{3000}\x{FEFF}]`);
    // The dates and amounts by a cast alone; the customer ids by the general rules, the order ids as they are.
    expect(statements).not.toContain("try_strptime");
    expect(statements).not.toContain("USD");
    expect(statements.match(/\(\?i:null/g)).toHaveLength(2);

    const fast = await built(db, scanned);
    const { textScan: _scan, ...unscannedRaw } = raw;
    const full = await built(db, { raw: unscannedRaw, mapping });
    expect(fast).toEqual(full);
    expect(fast.transactions.map((row) => [row.customer_id, row.order_id])).toEqual([
      ["17850", "A1"],
      ["00042", "A3"],
      ["00042", "A4.0"],
      ["17850", "A1"],
      ["17850", "A1"],
    ]);
    expect(fast.rows.filter((row) => row.duplicate_kept).map((row) => row.source_row)).toEqual([5]);
  });

  it("reads columns of plain ids, ISO dates and plain numbers by casts alone, to the same rows as the general rules", async () => {
    const db = await testDatabase();
    const text = ["customer,day,qty,price", "C1,2024-02-29,2,2.55", "C2,2024-02-30,-1,3", "C1,,1,", "C3,2024-03-01,0,-0", "C2,2024-03-02,1.5,007"].join("\n");
    const raw = await loadRawTable(db, "scanned_plain", { fileName: "plain.csv", bytes: new TextEncoder().encode(text) });
    const mapping = {
      columns: columnMapping({ customer_id: "customer", order_date: "day", quantity: "qty", unit_price: "price" }),
      amountFrom: "quantity_x_unit_price" as const,
      dateOrder: "dmy" as const,
    };
    const statements = buildTransactionsSql([{ raw, mapping }], { dropDuplicates: false }).join("\n");
    expect(statements).not.toMatch(/regexp_matches|try_strptime/);
    const fast = await built(db, { raw, mapping });
    const { textScan: _scan, ...unscannedRaw } = raw;
    expect(fast).toEqual(await built(db, { raw: unscannedRaw, mapping }));
    expect(fast.transactions.map((row) => [row.customer_id, row.order_date, row.amount])).toEqual([
      ["C1", "2024-02-29", 5.1],
      ["C3", "2024-03-01", 0],
      ["C2", "2024-03-02", 10.5],
    ]);
    expect(fast.rows.map((row) => row.excluded_reason)).toEqual([null, "unparseable_date", "unparseable_date", null, null]);
  });

  it("from a Parquet or JSON file, knows the columns' shapes from their text, across row groups, to the same rows", async () => {
    const db = await testDatabase();
    const parquet = parquetWriteBuffer({
      rowGroupSize: 2,
      columnData: [
        { name: "customer", data: ["C1", "00042", "C1", null, "C2"], type: "STRING" },
        { name: "order", data: ["A1", "A2", "n/a", "A3", "17850.0"], type: "STRING" },
        { name: "day", data: ["2024-02-29", "2024-02-30", "2024-03-01", "2024-03-02", "2024-03-03"], type: "STRING" },
        { name: "amount", data: [12.5, 0.1 + 0.2, -3, 0, 7], type: "DOUBLE" },
        // Plain until the last row group: 1e21 is written 1e+21.
        { name: "units", data: [1, 2, 3, 4, 1e21], type: "DOUBLE" },
      ],
    });
    const json = JSON.stringify([
      { customer: "C1", day: "2024-03-05", amount: "5" },
      { customer: "", day: "2024-03-06 10:00", amount: "1,5" },
      { customer: "C2", day: "2024-03-07", amount: 2 },
    ]);
    const files = [
      { name: "shapes.parquet", bytes: new Uint8Array(parquet), order: "order" as const },
      { name: "shapes.json", bytes: new TextEncoder().encode(json), order: null },
    ];
    const shapesOf = (raw: Awaited<ReturnType<typeof loadRawTable>>) =>
      Object.fromEntries(raw.columns.map((column, at) => [column, raw.textScan?.columnShapes?.[at]]));
    for (const file of files) {
      const raw = await loadRawTable(db, `shapes_${file.name.split(".")[1]}`, { fileName: file.name, bytes: file.bytes });
      const mapping = {
        columns: columnMapping({ customer_id: "customer", order_date: "day", amount: "amount", ...(file.order ? { order_id: file.order } : {}) }),
        amountFrom: "column" as const,
        dateOrder: "mdy" as const,
      };
      const fast = await built(db, { raw, mapping });
      const { textScan: _scan, ...unscannedRaw } = raw;
      expect(fast, file.name).toEqual(await built(db, { raw: unscannedRaw, mapping }));
      const shapes = shapesOf(raw);
      if (file.order) {
        expect(shapes).toEqual({
          customer: { isoDate: false, plainNumber: false, plainId: true },
          order: { isoDate: false, plainNumber: false, plainId: false },
          day: { isoDate: true, plainNumber: false, plainId: true },
          amount: { isoDate: false, plainNumber: true, plainId: true },
          units: { isoDate: false, plainNumber: false, plainId: true },
        });
        expect(fast.transactions.map((row) => row.amount)).toEqual([12.5, -3, 7]);
      } else {
        // The empty id is read as missing (NULL), so the ids need no work; the date with a time and "1,5" do.
        expect(shapes).toEqual({
          customer: { isoDate: false, plainNumber: false, plainId: true },
          day: { isoDate: false, plainNumber: false, plainId: true },
          amount: { isoDate: false, plainNumber: false, plainId: true },
        });
        expect(fast.rows.map((row) => row.excluded_reason)).toEqual([null, "missing_customer_id", null]);
      }
    }
  });
});
