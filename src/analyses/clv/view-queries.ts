import { createSignal } from "solid-js";
import type { Database } from "../../engine/database";
import { resultsPerDatabase, viewResultKey } from "../view-results";
import type { ClvProgress } from "./compute";
import { computeInWorker } from "./fit-client";
import { CLV_DEFAULTS, defaultHorizon, type ClvOptions } from "./options";
import type { ClvResult } from "./result-types";
import { runClv, type ClvComputer } from "./run";
import { clvViewSettings } from "./view-settings";

/** The options the view runs with: the user's choices over the defaults, the horizon following the time unit. */
export function clvOptions(chosen: Partial<ClvOptions>, asOfDate: string): ClvOptions {
  const timeUnit = chosen.timeUnit ?? CLV_DEFAULTS.timeUnit;
  return {
    ...CLV_DEFAULTS,
    horizon: defaultHorizon(timeUnit),
    ...chosen,
    timeUnit,
    asOfDate,
    calibrationEnd: chosen.calibrationEnd ?? asOfDate,
  };
}

const [progress, setProgress] = createSignal<ClvProgress | null>(null);
/** Where the fit under way is, whether the view or Analysis.prepare started it. */
export const clvProgress = progress;

// A result holds every customer's figures (tens of MB at 100 k customers): only the last two are kept, not
// as many as the shared view results.
const results = resultsPerDatabase<ClvResult>(2);

/** The fitted models and scores, shared by visits and Analysis.prepare; in the page the fit runs in a Web Worker. */
export function clvResult(db: Database, options: ClvOptions, dataVersion: number, computer: ClvComputer = computeInWorker): Promise<ClvResult> {
  return results(db, viewResultKey("clv", "result", dataVersion, options), () => {
    setProgress({ stage: "fit_model", fraction: 0 });
    return runClv(db, options, computer, setProgress).finally(() => setProgress(null));
  });
}

/**
 * Analysis.prepare: the fit for the settings in use. Its SQL takes the database for about a second at 1 M
 * rows; the fit itself runs in its own worker, on the other core, while the user looks at other views.
 */
export function prepareClv(db: Database, asOfDate: string, dataVersion: number): Promise<ClvResult> {
  return clvResult(db, clvOptions(clvViewSettings()[0](), asOfDate), dataVersion);
}
