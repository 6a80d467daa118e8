import type { Database } from "../../engine/database";
import { sharedResult, viewResultKey } from "../view-results";
import { pyramidOptionProblems, type PyramidOptions } from "./options";
import { runPyramid } from "./run";
import type { PyramidResult } from "./types";
import { pyramidViewSettings } from "./view-settings";

/** The pyramid, Pareto curve and migration, shared by visits and Analysis.prepare. */
export function pyramidResult(db: Database, options: PyramidOptions, dataVersion: number): Promise<PyramidResult> {
  return sharedResult(db, viewResultKey("pyramid", "result", dataVersion, options), () => runPyramid(db, options));
}

/** Analysis.prepare: the pyramid for the settings in use (none while they have a problem the view shows). */
export async function preparePyramid(db: Database, asOfDate: string, dataVersion: number): Promise<void> {
  const [settings] = pyramidViewSettings();
  if (pyramidOptionProblems(settings()).length === 0) await pyramidResult(db, { asOfDate, ...settings() }, dataVersion);
}
