import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BENCH_COLUMNS, generateTransactions, rowValues, writeTransactionsCsv, writeTransactionsParquet } from "../../bench/generate";
import { loadRawTable } from "../../src/ingest/read/load-raw-table";
import { testDatabase } from "../helpers/db";

const folder = mkdtempSync(path.join(tmpdir(), "bench-generate-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the bench's transactions file", () => {
  it("is the same for the same seed, and another for another seed", () => {
    const rows = (seed: number) => {
      const data = generateTransactions(2000, seed);
      return Array.from({ length: 2000 }, (_, row) => rowValues(data, row).join(","));
    };
    const [a, b, c] = [rows(7), rows(7), rows(8)];
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it("has exactly the rows asked for, in date order over three years, a customer per ten rows, ~2 % refunds", () => {
    const data = generateTransactions(5000, 20240601);
    const rows = Array.from({ length: 5000 }, (_, row) => rowValues(data, row));
    expect(rows).toHaveLength(5000);
    const dates = rows.map((row) => row[1]);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]! >= "2022-01-01" && dates.at(-1)! <= "2024-12-31").toBe(true);
    expect(new Set(rows.map((row) => row[2])).size).toBeLessThanOrEqual(500);
    const refundShare = rows.filter((row) => row[3] < 0).length / rows.length;
    expect(refundShare).toBeGreaterThan(0.005);
    expect(refundShare).toBeLessThan(0.05);
    // An order's lines share its customer and date; amount = quantity × unit price, to the cent.
    for (const row of rows) expect(Math.abs(row[3])).toBeCloseTo(Math.abs(row[4]) * row[5], 2);
    const customerAndDateOfOrder = new Map<string, Set<string>>();
    for (const [order, date, customer] of rows) customerAndDateOfOrder.set(order, (customerAndDateOfOrder.get(order) ?? new Set()).add(`${customer} ${date}`));
    expect([...customerAndDateOfOrder.values()].every((pairs) => pairs.size === 1)).toBe(true);
    expect(customerAndDateOfOrder.size).toBeLessThan(rows.length);
  });

  it("reads into the same text table from its CSV and from its Parquet copy", async () => {
    const data = generateTransactions(3000, 11);
    const csv = path.join(folder, "t.csv");
    const parquet = path.join(folder, "t.parquet");
    await writeTransactionsCsv(csv, data);
    await writeTransactionsParquet(parquet, data);
    expect(readFileSync(csv, "utf8").split("\n")[0]).toBe(BENCH_COLUMNS.join(","));
    const db = await testDatabase();
    const fromCsv = await loadRawTable(db, "bench_csv", { fileName: "t.csv", bytes: new Uint8Array(readFileSync(csv)) });
    const fromParquet = await loadRawTable(db, "bench_parquet", { fileName: "t.parquet", bytes: new Uint8Array(readFileSync(parquet)) });
    expect([fromCsv.rowCount, fromParquet.rowCount]).toEqual([3000, 3000]);
    expect(fromParquet.columns).toEqual(fromCsv.columns);
    const [differences] = await db.query<{ rows: number }>(
      `SELECT count(*)::INTEGER AS rows FROM ((SELECT * FROM bench_csv EXCEPT ALL SELECT * FROM bench_parquet) UNION ALL (SELECT * FROM bench_parquet EXCEPT ALL SELECT * FROM bench_csv))`,
    );
    expect(differences?.rows).toBe(0);
  });
});
