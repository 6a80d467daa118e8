import { createEffect, on } from "solid-js";
import { ANALYSES } from "../analyses/registry";
import type { Database } from "../engine/database";
import { whenIdle } from "./when-idle";

/**
 * After each (re)build, once the page is idle, runs every analysis's `prepare` in turn, so its view opens
 * without its costly first step. DuckDB runs one query at a time: a view opened meanwhile waits at most
 * for the step under way (and shares it when it is its own). Tab order is also the order people open
 * views in: the Overview, opened from beside the quality report, is usually ready before the click.
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
          // Errors (even thrown before a promise exists) are the view's to show when it opens.
          await Promise.resolve()
            .then(() => analysis.prepare?.(current.db, current.asOfDate, current.dataVersion))
            .catch(() => undefined);
        }
      }, 1000);
    }),
  );
}
