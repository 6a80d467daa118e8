import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { Database, Row } from "../src/engine/database";

// Plain JS values as the app's Database gives them: BIGINT/DECIMAL as numbers, DATE/TIMESTAMP as epoch ms.
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** Native DuckDB (all cores) behind the app's Database interface, so the analyses' run functions work unchanged. */
export async function openNativeDatabase(threads?: number): Promise<Database> {
  const instance = await DuckDBInstance.create(":memory:", threads ? { threads: String(threads) } : {});
  const connection = await instance.connect();
  // registerFile writes the bytes to a folder DuckDB searches, so the app's read_csv('ingest_1.csv') finds them.
  const folder = mkdtempSync(path.join(tmpdir(), "crm-bench-"));
  await connection.run(`SET file_search_path = '${folder}'`);
  return {
    async query<T extends Row>(sql: string) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plain(value)])) as T);
    },
    async exec(sql: string) {
      await connection.run(sql);
    },
    async registerFile(fileName, bytes) {
      writeFileSync(path.join(folder, fileName), bytes);
    },
    async dropFile(fileName) {
      rmSync(path.join(folder, fileName), { force: true });
    },
    async insertArrowIPC() {
      throw new Error("not used by the bench");
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
