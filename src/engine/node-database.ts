import { createRequire } from "node:module";
import path from "node:path";
import type { Database, Row } from "./database";
import { startupStatements } from "./database";
import { tableToRows } from "./rows";
import { ident } from "./sql";

// The blocking Node build is CommonJS; loading it through require keeps one copy of apache-arrow with it.
const require = createRequire(import.meta.url);
type Blocking = typeof import("@duckdb/duckdb-wasm/blocking");

/** Opens DuckDB-WASM in this Node process (tests and the command line): same engine, same SQL as the page. */
export async function openNodeDatabase(): Promise<Database> {
  const duckdb = require("@duckdb/duckdb-wasm/blocking") as Blocking;
  const dist = path.dirname(require.resolve("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs"));
  const bundles = {
    mvp: { mainModule: path.join(dist, "duckdb-mvp.wasm"), mainWorker: path.join(dist, "duckdb-node-mvp.worker.cjs") },
    eh: { mainModule: path.join(dist, "duckdb-eh.wasm"), mainWorker: path.join(dist, "duckdb-node-eh.worker.cjs") },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connection = db.connect();
  for (const statement of startupStatements("http://localhost/extensions")) connection.query(statement);

  return {
    async query<T extends Row>(sql: string) {
      return tableToRows<T>(connection.query(sql));
    },
    async exec(sql: string) {
      connection.query(sql);
    },
    async registerFile(fileName, bytes) {
      db.registerFileBuffer(fileName, bytes);
    },
    async dropFile(fileName) {
      db.dropFile(fileName);
    },
    async insertArrowIPC(tableName, ipc, { append = false } = {}) {
      if (!append) connection.query(`DROP TABLE IF EXISTS ${ident(tableName)}`);
      connection.insertArrowFromIPCStream(ipc, { name: tableName, create: !append });
    },
    async close() {
      connection.close();
      db.reset();
    },
  };
}
