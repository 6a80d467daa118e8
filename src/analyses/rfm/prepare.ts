import type { Database } from "../../engine/database";
import { rfmViewSettings } from "./view-settings";
import { prepareRfmView } from "./view-queries";

/**
 * The view's first open, done ahead after a build (see Analysis.prepare): the per-customer tables (distinct
 * orders, three ranks, scores and segments) and the first queries, for the settings the view will use.
 */
export function prepareRfmTables(db: Database, asOfDate: string, dataVersion: number): Promise<void> {
  const settings = rfmViewSettings();
  const options = { asOfDate, monetary: settings.monetary[0](), scoring: settings.scoring[0](), segmentMap: settings.segmentMap[0]() };
  return prepareRfmView(db, options, settings.scheme[0](), dataVersion);
}
