import type { Database } from "./database";
import { ident, literal } from "./sql";

/**
 * Drops `name` (main schema) when it is a table and a view is wanted, or a view and a table is wanted, so
 * that `CREATE OR REPLACE <kind>` works: DuckDB refuses to replace one kind with the other. A SQL console
 * user or an older build may have left the other kind behind.
 */
export async function makeReplaceableAs(db: Database, name: string, kind: "TABLE" | "VIEW"): Promise<void> {
  const other = kind === "TABLE" ? "VIEW" : "TABLE";
  const [found] = await db.query<{ found: boolean }>(
    other === "VIEW"
      ? `SELECT count(*) > 0 AS found FROM duckdb_views() WHERE NOT internal AND database_name = current_database() AND schema_name = 'main' AND view_name = ${literal(name)}`
      : `SELECT count(*) > 0 AS found FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ${literal(name)}`,
  );
  if (found?.found) await db.exec(`DROP ${other} ${ident(name)}`);
}
