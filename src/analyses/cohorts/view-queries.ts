import type { Database } from "../../engine/database";
import { sharedResult, viewResultKey } from "../view-results";
import type { CohortRange } from "./CohortControls";
import type { CohortOptions, CohortPeriod } from "./options";
import { runCohorts } from "./run";
import type { CohortResult } from "./types";
import { cohortViewSettings } from "./view-settings";

/** The options the view runs with for its settings. */
export function cohortOptions(asOfDate: string, period: CohortPeriod, range: CohortRange): CohortOptions {
  return { asOfDate, period, firstCohort: range.first, lastCohort: range.last };
}

/** The cohort matrix, shared by visits and Analysis.prepare. */
export function cohortsResult(db: Database, options: CohortOptions, dataVersion: number): Promise<CohortResult> {
  return sharedResult(db, viewResultKey("cohorts", "result", dataVersion, options), () => runCohorts(db, options));
}

/** Analysis.prepare: the matrix for the settings in use. */
export function prepareCohorts(db: Database, asOfDate: string, dataVersion: number): Promise<CohortResult> {
  const { period, range } = cohortViewSettings();
  return cohortsResult(db, cohortOptions(asOfDate, period[0](), range[0]()), dataVersion);
}
