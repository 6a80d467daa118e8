import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { buildTransactionsSql } from "../../../src/ingest/canonical/build-transactions";
import { loadRawTable } from "../../../src/ingest/read/load-raw-table";
import { testDatabase } from "../../helpers/db";
import { columnMapping, execAll } from "../canonical/fixture";

describe("loadRawTable: Parquet", () => {
  it("reads every row group; dates and timestamps as ISO, integers and doubles as plain digits", async () => {
    const buffer = parquetWriteBuffer({
      rowGroupSize: 2,
      columnData: [
        { name: "customer_id", data: ["00042", "00043", null] },
        { name: "order_date", data: [new Date(Date.UTC(2024, 2, 5)), new Date(Date.UTC(1999, 0, 1)), null] },
        { name: "ordered_at", data: [new Date(Date.UTC(2024, 2, 5, 14, 30)), new Date(Date.UTC(2024, 2, 6)), null] },
        { name: "orders", data: [3, 1, 7] },
        { name: "lifetime_cents", data: [12345678901234567n, -1n, null] },
        { name: "amount", data: [12.5, 0.1 + 0.2, 17850] },
        { name: "vip", data: [true, false, null] },
        { name: "meta", data: [{ tier: "gold" }, null, { tags: [1, 2] }] },
      ],
      schema: [
        { name: "root", num_children: 8 },
        { name: "customer_id", type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" },
        { name: "order_date", type: "INT32", converted_type: "DATE", repetition_type: "OPTIONAL" },
        { name: "ordered_at", type: "INT64", converted_type: "TIMESTAMP_MILLIS", repetition_type: "OPTIONAL" },
        { name: "orders", type: "INT32", repetition_type: "REQUIRED" },
        { name: "lifetime_cents", type: "INT64", repetition_type: "OPTIONAL" },
        { name: "amount", type: "DOUBLE", repetition_type: "REQUIRED" },
        { name: "vip", type: "BOOLEAN", repetition_type: "OPTIONAL" },
        { name: "meta", type: "BYTE_ARRAY", converted_type: "JSON", repetition_type: "OPTIONAL" },
      ],
    });
    const db = await testDatabase();
    const fractions: number[] = [];
    const raw = await loadRawTable(db, "parquet_orders", { fileName: "orders.parquet", bytes: new Uint8Array(buffer) }, {}, (stage, fraction) => {
      if (stage === "loading" && fraction !== undefined) fractions.push(fraction);
    });
    expect(raw).toMatchObject({ rowCount: 3, format: { kind: "parquet" }, textScan: { fieldEdgesTrimmed: true, repeatedRows: null } });
    expect(raw.columns).toEqual(["customer_id", "order_date", "ordered_at", "orders", "lifetime_cents", "amount", "vip", "meta"]);
    expect(fractions).toEqual([0, 2 / 3, 1]);
    expect(await db.query("SELECT * FROM parquet_orders ORDER BY __row")).toEqual([
      { __row: 1, customer_id: "00042", order_date: "2024-03-05", ordered_at: "2024-03-05 14:30:00", orders: "3", lifetime_cents: "12345678901234567", amount: "12.5", vip: "true", meta: '{"tier":"gold"}' },
      { __row: 2, customer_id: "00043", order_date: "1999-01-01", ordered_at: "2024-03-06", orders: "1", lifetime_cents: "-1", amount: "0.3", vip: "false", meta: null },
      { __row: 3, customer_id: null, order_date: null, ordered_at: null, orders: "7", lifetime_cents: null, amount: "17850", vip: null, meta: '{"tags":[1,2]}' },
    ]);
  });

  it("notices whitespace at a value's edge in any row group, so the build trims it", async () => {
    const file = (lastCustomer: string) =>
      new Uint8Array(
        parquetWriteBuffer({
          rowGroupSize: 2,
          columnData: [
            { name: "customer", data: ["C1", "C2", lastCustomer] },
            { name: "day", data: ["2024-03-05", "2024-03-06", "2024-03-07"] },
            { name: "amount", data: [12.5, 3, 4] },
          ],
        }),
      );
    const db = await testDatabase();
    const clean = await loadRawTable(db, "parquet_clean", { fileName: "clean.parquet", bytes: file("C3") });
    expect(clean.textScan).toMatchObject({ fieldEdgesTrimmed: true, repeatedRows: null, repeatCandidates: [] });
    const padded = await loadRawTable(db, "parquet_padded", { fileName: "padded.parquet", bytes: file("C3\u3000") });
    expect(padded.textScan).toMatchObject({ fieldEdgesTrimmed: false, repeatedRows: null, repeatCandidates: [] });

    const mapping = { columns: columnMapping({ customer_id: "customer", order_date: "day", amount: "amount" }), amountFrom: "column" as const, dateOrder: "mdy" as const };
    await execAll(db, buildTransactionsSql([{ raw: padded, mapping }], { dropDuplicates: false }));
    expect(await db.query("SELECT customer_id, amount FROM transactions ORDER BY source_row")).toEqual([
      { customer_id: "C1", amount: 12.5 },
      { customer_id: "C2", amount: 3 },
      { customer_id: "C3", amount: 4 },
    ]);
  });

  it("narrows its exact repeats down while reading, across row groups, to what DuckDB finds on its own", async () => {
    // Row 4 repeats row 1 (another row group); row 5 repeats row 2 but for its channel; row 6 repeats row 4 (and 1).
    const bytes = new Uint8Array(
      parquetWriteBuffer({
        rowGroupSize: 3,
        columnData: [
          { name: "customer", data: ["C1", "C2", "C3", "C1", "C2", "C1"] },
          { name: "day", data: ["2024-03-05", "2024-03-06", "2024-03-07", "2024-03-05", "2024-03-06", "2024-03-05"] },
          { name: "amount", data: [12.5, 3, 4, 12.5, 3, 12.5] },
          { name: "channel", data: ["web", "store", null, "web", "web", "web"] },
        ],
      }),
    );
    const db = await testDatabase();
    const raw = await loadRawTable(db, "parquet_repeats", { fileName: "repeats.parquet", bytes });
    expect(raw.textScan?.repeatCandidates).toEqual([1, 4, 6]);
    const mapping = { columns: columnMapping({ customer_id: "customer", order_date: "day", amount: "amount" }), amountFrom: "column" as const, dateOrder: "mdy" as const };
    const repeats = async (source: Parameters<typeof buildTransactionsSql>[0][number]) => {
      const statements = buildTransactionsSql([source], { dropDuplicates: false });
      await execAll(db, statements);
      return { sql: statements[0], rows: await db.query("SELECT source_row FROM ingest_rows WHERE duplicate_kept ORDER BY source_row") };
    };
    const narrowed = await repeats({ raw, mapping });
    expect(narrowed.sql).not.toContain("hash(");
    const { textScan: _read, ...unread } = raw;
    const found = await repeats({ raw: unread, mapping });
    expect(found.sql).toContain("hash(");
    expect(narrowed.rows).toEqual([{ source_row: 4 }, { source_row: 6 }]);
    expect(found.rows).toEqual(narrowed.rows);
  });

  it("says clearly when the bytes are not a readable Parquet file", async () => {
    const db = await testDatabase();
    const broken = new TextEncoder().encode("PAR1 not really PAR1");
    await expect(loadRawTable(db, "parquet_broken", { fileName: "broken.parquet", bytes: broken })).rejects.toThrow(
      "broken.parquet: is not a Parquet file this app can read (Snappy or uncompressed); save it again as Parquet with Snappy compression, or as CSV",
    );
  });
});
