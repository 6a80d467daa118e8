import type { Database } from "./database";
import { ident } from "./sql";

/**
 * Drops `name` (main schema) when it is a table and a view is wanted, or a view and a table is wanted, so
 * that `CREATE OR REPLACE <kind>` works: DuckDB refuses to replace one kind with the other. A SQL console
 * user or an older build may have left the other kind behind.
 */
export async function makeReplaceableAs(db: Database, name: string, kind: "TABLE" | "VIEW"): Promise<void> {
  const other = kind === "TABLE" ? "VIEW" : "TABLE";
  // Asking duckdb_tables() instead took 0.1 s in the page with a million-row table loaded (it sizes every table).
  try {
    await db.exec(`DROP ${other} IF EXISTS ${ident(name)}`);
  } catch (error) {
    // "Existing object … is of type View, trying to drop type Table": it already is the kind wanted.
    if (!/trying to drop type/i.test(error instanceof Error ? error.message : String(error))) throw error;
  }
}
