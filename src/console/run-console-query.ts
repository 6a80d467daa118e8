import type { Database, Row } from "../engine/database";
import { splitStatements } from "./split-statements";

/** What a console query gave: its columns (with DuckDB types when known), the first rows and the row count. */
export interface ConsoleResult {
  columns: { name: string; type: string | null }[];
  rows: Row[];
  rowCount: number;
}

/** Runs every statement but the last one and returns the last (the query whose result is shown). */
async function runLeadingStatements(db: Database, sql: string): Promise<string> {
  const statements = splitStatements(sql);
  for (const statement of statements.slice(0, -1)) await db.exec(statement);
  return statements.at(-1) ?? "";
}

async function describe(db: Database, sql: string): Promise<{ name: string; type: string }[] | null> {
  try {
    const rows = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${sql}\n`);
    return rows.map((row) => ({ name: row.column_name, type: row.column_type }));
  } catch {
    return null; // not a single query (a CREATE, several statements …): run it as typed
  }
}

/**
 * Runs the user's SQL: every statement in turn, the last one shown. A query is counted and only its first
 * `shownRows` rows are fetched, so `SELECT * FROM transactions` on a million rows stays light; anything else runs as typed.
 */
export async function runConsoleQuery(db: Database, sql: string, shownRows: number): Promise<ConsoleResult> {
  const statement = await runLeadingStatements(db, sql);
  if (!statement) return { columns: [], rows: [], rowCount: 0 };
  const described = await describe(db, statement);
  if (!described) {
    const rows = await db.query(statement);
    return { columns: Object.keys(rows[0] ?? {}).map((name) => ({ name, type: null })), rows: rows.slice(0, shownRows), rowCount: rows.length };
  }
  const [count] = await db.query<{ row_count: number }>(`SELECT count(*)::DOUBLE AS row_count FROM (\n${statement}\n)`);
  const rows = await db.query(`SELECT * FROM (\n${statement}\n) LIMIT ${Math.max(0, Math.floor(shownRows))}`);
  return { columns: described, rows, rowCount: count?.row_count ?? rows.length };
}

/** Every row of the user's SQL (of its last statement), for a download. */
export async function runConsoleQueryInFull(db: Database, sql: string): Promise<Row[]> {
  const statement = await runLeadingStatements(db, sql);
  return statement ? db.query(statement) : [];
}

/** DuckDB's message without its caret drawing or any stack: the first line says what and where. */
export function consoleErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n").find((line) => line.trim() !== "") ?? text).trim().slice(0, 500);
}

/** A cell as text: DATE / TIMESTAMP columns (epoch ms from DuckDB) as ISO dates, the rest as they are. */
export function consoleCellText(value: unknown, type: string | null): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" && type !== null) {
    if (type === "DATE") return new Date(value).toISOString().slice(0, 10);
    if (type.startsWith("TIMESTAMP")) return new Date(value).toISOString().replace("T", " ").replace(/\.000Z$|Z$/, "");
  }
  if (typeof value === "object") return JSON.stringify(value, (_, inner: unknown) => (typeof inner === "bigint" ? Number(inner) : inner));
  return String(value);
}
