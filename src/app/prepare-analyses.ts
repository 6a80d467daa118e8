import { createEffect, on } from "solid-js";
import { ANALYSES } from "../analyses/registry";
import type { Database } from "../engine/database";

/**
 * After each (re)build, once the page is idle, runs every analysis's `prepare` in turn, so its view opens
 * without its costly first step. DuckDB runs one query at a time: a view opened meanwhile waits at most
 * for the step under way (and shares it when it is its own). The short delay lets a view opened right
 * after the load (the Overview button beside the quality report) send its queries first.
 */
export function prepareAnalysesAhead(inputs: () => { db: Database; asOfDate: string; dataVersion: number } | null): void {
  let generation = 0;
  createEffect(
    on(inputs, (current) => {
      const mine = ++generation;
      if (!current) return;
      whenIdle(async () => {
        for (const analysis of ANALYSES) {
          if (mine !== generation) return;
          await analysis.prepare?.(current.db, current.asOfDate, current.dataVersion).catch(() => undefined);
        }
      });
    }),
  );
}

const DELAY_MS = 1500;

function whenIdle(run: () => Promise<void>): void {
  const start = () => void run();
  setTimeout(() => (typeof requestIdleCallback === "function" ? requestIdleCallback(start, { timeout: 1000 }) : start()), DELAY_MS);
}
