import type { Database } from "../engine/database";
import { once } from "../engine/database";
import { whenIdle } from "./when-idle";

/** The page's one database, started on first use or when the page is idle, whichever comes first. */
export const pageDatabase: () => Promise<Database> = once(async () => {
  const { openBrowserDatabase } = await import("../engine/browser-database");
  return openBrowserDatabase();
});

/**
 * Starts the database once the page has drawn and is idle, so a file dropped a few seconds later does not
 * wait for the worker and its .wasm (about 3 s of the 1 M-row bench's drop → report on a 2-core machine).
 * A failed start is retried by the next real use, which then shows the error.
 */
export function startDatabaseWhenIdle(): void {
  whenIdle(() => void pageDatabase().catch(() => undefined), 2000);
}
