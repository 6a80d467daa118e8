import type { Database } from "../engine/database";
import { once } from "../engine/database";

/** The page's one database, started on first use (the worker and .wasm load only when needed). */
export const pageDatabase: () => Promise<Database> = once(async () => {
  const { openBrowserDatabase } = await import("../engine/browser-database");
  return openBrowserDatabase();
});
