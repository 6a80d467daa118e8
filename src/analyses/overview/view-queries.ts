import type { Database } from "../../engine/database";
import { sharedResult, viewResultKey } from "../view-results";
import { runOverview } from "./run";
import type { OverviewResult } from "./types";

/** The Overview's figures and monthly series, shared by visits and Analysis.prepare. */
export function overviewResult(db: Database, asOfDate: string, dataVersion: number): Promise<OverviewResult> {
  return sharedResult(db, viewResultKey("overview", "result", dataVersion, { asOfDate }), () => runOverview(db, { asOfDate }));
}
