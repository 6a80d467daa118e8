import type { Database } from "../../src/engine/database";
import { openNodeDatabase } from "../../src/engine/node-database";
import { once } from "../../src/engine/database";

/** One DuckDB-WASM instance per test file (starting one takes ~1–2 s). */
export const testDatabase: () => Promise<Database> = once(openNodeDatabase);

/** Path of a file in ../shared/data (CI has ../shared beside the checkout). */
export function sharedData(relativePath: string): string {
  return new URL(`../../../shared/data/${relativePath}`, import.meta.url).pathname;
}
