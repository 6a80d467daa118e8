import type { Database } from "../../engine/database";
import { materializeRfmTables } from "./materialize";
import type { RfmTables } from "./customer-scores-sql";
import { rfmViewSettings } from "./view-settings";

/**
 * The view's costly first step, done ahead after a build (see Analysis.prepare): the per-customer tables
 * (distinct-order count, three ranks) for the as-of date and the monetary definition the view will use.
 */
export function prepareRfmTables(db: Database, asOfDate: string, dataVersion: number): Promise<RfmTables> {
  const [monetary] = rfmViewSettings().monetary;
  return materializeRfmTables(db, { asOfDate, monetary: monetary() }, dataVersion);
}
