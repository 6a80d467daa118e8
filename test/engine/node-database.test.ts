import { tableFromArrays, tableToIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { once } from "../../src/engine/database";
import { dateLiteral, ident, literal } from "../../src/engine/sql";
import { testDatabase } from "../helpers/db";

describe("Node DuckDB-WASM", () => {
  it("returns plain numbers for BIGINT and DECIMAL, epoch ms for DATE", async () => {
    const db = await testDatabase();
    const [row] = await db.query("SELECT 42::BIGINT AS n, 1.25::DECIMAL(10,2) AS d, DATE '2024-03-05' AS day");
    expect(row).toEqual({ n: 42, d: 1.25, day: Date.UTC(2024, 2, 5) });
  });

  it("inserts an Arrow IPC stream as a table", async () => {
    const db = await testDatabase();
    await db.insertArrowIPC("arrow_probe", tableToIPC(tableFromArrays({ name: ["a", "b"] }), "stream"));
    expect(await db.query("SELECT count(*)::INTEGER AS n FROM arrow_probe")).toEqual([{ n: 2 }]);
  });

  it("appends an Arrow IPC stream to a table, and replaces the table without append", async () => {
    const db = await testDatabase();
    const names = (values: string[]) => tableToIPC(tableFromArrays({ name: values }), "stream");
    await db.insertArrowIPC("arrow_append", names(["a", "b"]));
    await db.insertArrowIPC("arrow_append", names(["c"]), { append: true });
    expect(await db.query("SELECT string_agg(name, '' ORDER BY name) AS names FROM arrow_append")).toEqual([{ names: "abc" }]);
    await db.insertArrowIPC("arrow_append", names(["d"]));
    expect(await db.query("SELECT string_agg(name, '' ORDER BY name) AS names FROM arrow_append")).toEqual([{ names: "d" }]);
  });

  it("never auto-installs extensions (they would come from a CDN)", async () => {
    const db = await testDatabase();
    const [row] = await db.query("SELECT current_setting('autoinstall_known_extensions') AS install, current_setting('autoload_known_extensions') AS load");
    expect(row).toEqual({ install: false, load: false });
  });
});

describe("SQL escaping", () => {
  it("quotes identifiers and literals so user text stays text", async () => {
    const db = await testDatabase();
    const column = 'we"ird 客户';
    await db.exec(`CREATE OR REPLACE TABLE escape_probe AS SELECT ${literal("O'Brien")} AS ${ident(column)}`);
    expect(await db.query(`SELECT ${ident(column)} AS v FROM escape_probe`)).toEqual([{ v: "O'Brien" }]);
    expect(() => dateLiteral("2024-01-01'; DROP TABLE x; --")).toThrow();
  });
});

describe("once", () => {
  it("starts once and retries after a failed start", async () => {
    let calls = 0;
    const start = once(async () => {
      calls++;
      if (calls === 1) throw new Error("first start fails");
      return calls;
    });
    await expect(start()).rejects.toThrow("first start fails");
    expect(await Promise.all([start(), start()])).toEqual([2, 2]);
    expect(calls).toBe(2);
  });
});
