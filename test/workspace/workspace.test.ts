import { describe, expect, it } from "vitest";
import type { Database } from "../../src/engine/database";
import { literal } from "../../src/engine/sql";
import type { QualityReport } from "../../src/ingest/types";
import { addSource, buildCanonicalTables, readCustomerTableSummary, removeSource } from "../../src/workspace/workspace";
import { testDatabase } from "../helpers/db";

const encode = (text: string) => new TextEncoder().encode(text);

describe("workspace: several files", () => {
  it("appends transaction files, keeps a customer table beside them, and reports quality over both", async () => {
    const db = await testDatabase();
    // Two monthly exports with the same columns, and a customer table with traditional Chinese headers.
    const january = await addSource(db, { fileName: "jan.csv", bytes: encode("customer_id,order_date,amount\n00042,2024-01-05,10\n7,2024-01-20,5\n") });
    const february = await addSource(db, { fileName: "feb.csv", bytes: encode("customer_id,order_date,amount\n00042,2024-02-01,-2\n,2024-02-03,8\n") });
    const customers = { ...(await addSource(db, { fileName: "客戶.csv", bytes: encode("客戶編號,姓名\n00042,王小明\n8,陳大文\n") })), role: "customers" as const };
    expect(customers.mapping.columns.customer_id).toBe("客戶編號");

    const report = await buildCanonicalTables(db, [january, february, customers], { dropDuplicates: false });
    // 4 rows read, the one without a customer id is excluded; the −2 is a refund.
    expect([report.rowsRead, report.rowsUsed]).toEqual([4, 3]);
    expect(report.reasons.find((reason) => reason.reason === "refund")?.rows).toBe(1);
    expect(await db.query("SELECT source, customer_id, amount FROM transactions ORDER BY source, source_row")).toEqual([
      { source: "feb.csv", customer_id: "00042", amount: -2 },
      { source: "jan.csv", customer_id: "00042", amount: 10 },
      { source: "jan.csv", customer_id: "7", amount: 5 },
    ]);
    expect(await db.query('SELECT customer_id, "姓名" FROM customers ORDER BY customer_id')).toEqual([
      { customer_id: "00042", 姓名: "王小明" },
      { customer_id: "8", 姓名: "陳大文" },
    ]);
    // 00042 is listed and bought; 8 is listed but never bought; 7 bought but is not listed.
    expect(await readCustomerTableSummary(db)).toEqual({ customers: 2, withPurchases: 1, buyersNotInTable: 1 });

    // Without the customer table there is no summary.
    await buildCanonicalTables(db, [january, february], { dropDuplicates: false });
    expect(await readCustomerTableSummary(db)).toBeNull();
  });

  it("rebuilds over a table a SQL console user named transactions (the app's transactions is a view)", async () => {
    const db = await testDatabase();
    const file = await addSource(db, { fileName: "shop.csv", bytes: encode("customer_id,order_date,amount\nA,2024-01-05,10\n") });
    await buildCanonicalTables(db, [file], { dropDuplicates: false });
    await db.exec("DROP VIEW transactions");
    await db.exec("CREATE TABLE transactions AS SELECT 1 AS mine");
    await buildCanonicalTables(db, [file], { dropDuplicates: false });
    expect(await db.query("SELECT customer_id, amount FROM transactions")).toEqual([{ customer_id: "A", amount: 10 }]);
  });

  it("finds a file's repeated rows once: a rebuild with another mapping or the drop-duplicates switch reuses them", async () => {
    const db = await testDatabase();
    const statements: string[] = [];
    const recorded: Database = { ...db, exec: (sql: string) => (statements.push(sql), db.exec(sql)) };
    // Row 3 repeats row 1 in every column; row 4 repeats its customer, date and amount but not its note.
    const file = await addSource(db, { fileName: "repeats.csv", bytes: encode("customer_id,order_date,amount,note\nA,2024-01-05,10,x\nB,2024-01-06,4,x\nA,2024-01-05,10,x\nA,2024-01-05,10,y\n") });
    const duplicates = (report: QualityReport) => report.reasons.filter((reason) => reason.rows > 0 && reason.reason.startsWith("duplicate"));
    const repeatsBuilt = () => statements.filter((sql) => sql.includes(`${file.raw.table}_repeats" AS`)).length;

    const kept = await buildCanonicalTables(recorded, [file], { dropDuplicates: false });
    expect(duplicates(kept).map((reason) => [reason.reason, reason.rows, reason.examples.map((example) => example.row)])).toEqual([["duplicate_kept", 1, [3]]]);
    expect(repeatsBuilt()).toBe(1);

    const dropped = await buildCanonicalTables(recorded, [file], { dropDuplicates: true });
    expect(duplicates(dropped).map((reason) => [reason.reason, reason.rows])).toEqual([["duplicate_dropped", 1]]);
    const remapped = { ...file, mapping: { ...file.mapping, columns: { ...file.mapping.columns, product: "note" } } };
    const rebuilt = await buildCanonicalTables(recorded, [remapped], { dropDuplicates: true });
    expect(rebuilt.rowsUsed).toBe(3);
    expect(repeatsBuilt()).toBe(1);

    // A file read again is a new table, with its own repeats; removing a file removes its repeats too.
    const again = await addSource(db, { fileName: "repeats.csv", bytes: encode("customer_id,order_date,amount,note\nA,2024-01-05,10,x\nA,2024-01-05,10,x\n") });
    const fresh = await buildCanonicalTables(recorded, [again], { dropDuplicates: false });
    expect(duplicates(fresh).map((reason) => [reason.reason, reason.rows, reason.examples.map((example) => example.row)])).toEqual([["duplicate_kept", 1, [2]]]);
    await removeSource(db, file);
    const left = await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE ${literal(`${file.raw.table}%`)}`);
    expect(left).toEqual([]);
  });
});
