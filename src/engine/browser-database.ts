import * as duckdb from "@duckdb/duckdb-wasm";
import ehWasm from "@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url";
import mvpWasm from "@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url";
import ehWorker from "@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url";
import mvpWorker from "@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url";
import type { Database, Row } from "./database";
import { startupStatements } from "./database";
import { tableToRows } from "./rows";
import { ident } from "./sql";

// Bundled by Vite as files of our own origin: the page never fetches DuckDB from a CDN.
const bundles: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** The .wasm and worker files of the DuckDB build this browser would use (stored for offline use). */
export async function duckdbFileUrls(): Promise<string[]> {
  const bundle = await duckdb.selectBundle(bundles);
  return [bundle.mainModule, bundle.mainWorker].filter((url): url is string => typeof url === "string");
}

/** Starts DuckDB-WASM in a Web Worker; the worker is terminated if start fails. */
export async function openBrowserDatabase(): Promise<Database> {
  const bundle = await duckdb.selectBundle(bundles);
  const worker = new Worker(bundle.mainWorker as string);
  try {
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
    const connection = await db.connect();
    for (const statement of startupStatements(new URL("extensions", location.href).href)) await connection.query(statement);
    return {
      async query<T extends Row>(sql: string) {
        return tableToRows<T>(await connection.query(sql));
      },
      async exec(sql: string) {
        await connection.query(sql);
      },
      async registerFile(fileName, bytes) {
        await db.registerFileBuffer(fileName, bytes);
      },
      async dropFile(fileName) {
        await db.dropFile(fileName);
      },
      async insertArrowIPC(tableName, ipc, { append = false } = {}) {
        if (!append) await connection.query(`DROP TABLE IF EXISTS ${ident(tableName)}`);
        await connection.insertArrowFromIPCStream(ipc, { name: tableName, create: !append });
      },
      async close() {
        await connection.close();
        await db.terminate();
      },
    };
  } catch (error) {
    worker.terminate();
    throw error;
  }
}
