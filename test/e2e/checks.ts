import { mkdirSync } from "node:fs";
import { expect } from "vitest";
import type { AppPage } from "./harness";

/** Where browser tests leave their screenshots (git-ignored), to be looked at. */
export const SHOTS = new URL("../../test-results/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

/** Every page must end with no console error and no request outside its own origin. */
export function expectClean(app: AppPage): void {
  expect(app.consoleErrors).toEqual([]);
  expect(app.offOriginRequests).toEqual([]);
}

/** expect.poll gives up after 1 s by default; DuckDB reads and rebuilds take longer on a busy machine. */
export const POLL = { timeout: 30_000 };
