import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { databaseWarmedWhenIdle } from "../../src/app/database";
import { warmUp } from "../../src/app/warm-up";
import type { Database } from "../../src/engine/database";
import { openNodeDatabase } from "../../src/engine/node-database";
import { addSource, buildCanonicalTables } from "../../src/workspace/workspace";

const smallShop = { fileName: "small-shop.csv", bytes: new Uint8Array(readFileSync(new URL("../../sample-data/small-shop.csv", import.meta.url))) };

const catalog = (db: Database) =>
  db.query(`SELECT 'table' AS kind, table_name AS name FROM duckdb_tables() WHERE NOT internal
    UNION ALL SELECT 'view', view_name FROM duckdb_views() WHERE NOT internal
    ORDER BY ALL`);

describe("warmUp", () => {
  it("runs the ingest and the Overview on the sample, then leaves the database as it found it", async () => {
    const db = await openNodeDatabase();
    const statements: string[] = [];
    const recorded: Database = {
      ...db,
      query: ((sql: string) => (statements.push(sql), db.query(sql))) as Database["query"],
      exec: (sql: string) => (statements.push(sql), db.exec(sql)),
    };
    const before = await catalog(db);
    await warmUp(recorded, { ...smallShop, bytes: smallShop.bytes.slice() });
    expect(statements.some((sql) => sql.includes("read_csv("))).toBe(true);
    expect(statements.some((sql) => sql.startsWith("CREATE OR REPLACE TABLE ingest_parsed"))).toBe(true);
    expect(statements.some((sql) => sql.includes("median_days_between_purchases"))).toBe(true);
    expect(await catalog(db)).toEqual(before);

    // A real load afterwards is untouched by it.
    const source = await addSource(db, { fileName: "shop.csv", bytes: new TextEncoder().encode("customer_id,order_date,amount\nA,2024-01-05,10\nB,2024-01-06,4\n") });
    const report = await buildCanonicalTables(db, [source], { dropDuplicates: false });
    expect(report.rowsUsed).toBe(2);
    expect(await db.query("SELECT customer_id, amount FROM transactions ORDER BY customer_id")).toEqual([
      { customer_id: "A", amount: 10 },
      { customer_id: "B", amount: 4 },
    ]);
    await db.close();
  });
});

describe("databaseWarmedWhenIdle", () => {
  const fakeDatabase = {} as Database;
  const idle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it("warms the database up when the page is idle, and a use waits until the warm-up is over", async () => {
    let finishWarmUp = () => {};
    const warm = vi.fn(() => new Promise<void>((resolve) => (finishWarmUp = resolve)));
    const database = databaseWarmedWhenIdle(async () => fakeDatabase, warm);
    database.startWhenIdle();
    await idle();
    expect(warm).toHaveBeenCalledTimes(1);
    let got: Database | null = null;
    void database.use().then((db) => (got = db));
    await idle();
    expect(got).toBeNull();
    finishWarmUp();
    await idle();
    expect(got).toBe(fakeDatabase);
  });

  it("skips the warm-up when the page used the database first, and tells a warm-up under way of a use", async () => {
    const warm = vi.fn(async () => {});
    const database = databaseWarmedWhenIdle(async () => fakeDatabase, warm);
    expect(await database.use()).toBe(fakeDatabase);
    database.startWhenIdle();
    await idle();
    expect(warm).not.toHaveBeenCalled();

    const seen: boolean[] = [];
    const watching = databaseWarmedWhenIdle(async () => fakeDatabase, async (_db, used) => {
      seen.push(used());
      await idle();
      seen.push(used());
    });
    watching.startWhenIdle();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await watching.use();
    expect(seen).toEqual([false, true]);
  });

  it("a failed warm-up does not fail the page's use", async () => {
    const database = databaseWarmedWhenIdle(async () => fakeDatabase, async () => {
      throw new Error("no sample");
    });
    database.startWhenIdle();
    await idle();
    expect(await database.use()).toBe(fakeDatabase);
  });
});
