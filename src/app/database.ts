import type { Database } from "../engine/database";
import { once } from "../engine/database";
import { SAMPLES } from "../data-page/samples";
import { warmUp } from "./warm-up";
import { whenIdle } from "./when-idle";

/**
 * A database opened on first use or when the page is idle, whichever comes first; when the idle start comes
 * first, `warm` runs on it too (unless the page uses it meanwhile: `used()` says). Every use waits for a
 * warm-up under way, which creates and drops tables of the names a real load uses.
 */
export function databaseWarmedWhenIdle(open: () => Promise<Database>, warm: (db: Database, used: () => boolean) => Promise<void>) {
  const opened = once(open);
  let used = false;
  let warming: Promise<void> = Promise.resolve();
  return {
    async use(): Promise<Database> {
      used = true;
      const db = await opened();
      await warming;
      return db;
    },
    startWhenIdle(): void {
      whenIdle(() => {
        if (used) return;
        warming = opened()
          .then((db) => (used ? undefined : warm(db, () => used)))
          .catch(() => undefined);
      }, 2000);
    },
  };
}

const page = databaseWarmedWhenIdle(
  async () => {
    const { openBrowserDatabase } = await import("../engine/browser-database");
    return openBrowserDatabase();
  },
  async (db, used) => {
    const sample = SAMPLES.find((candidate) => candidate.id === "small-shop");
    const response = sample ? await fetch(sample.url) : null;
    if (!sample || !response?.ok || used()) return;
    await warmUp(db, { fileName: sample.fileName, bytes: new Uint8Array(await response.arrayBuffer()) });
  },
);

/** The page's one database. */
export const pageDatabase = (): Promise<Database> => page.use();

/**
 * Starts the database once the page has drawn and is idle, so a file dropped a few seconds later does not
 * wait for the worker and its .wasm (about 3 s of the 1 M-row bench's drop → report on a 2-core machine), and
 * warms it up on the bundled small-shop sample (src/app/warm-up.ts). A failed start is retried by the next
 * real use, which then shows the error.
 */
export function startDatabaseWhenIdle(): void {
  page.startWhenIdle();
}
