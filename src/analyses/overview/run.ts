import type { Database } from "../../engine/database";
import type { OverviewOptions } from "./options";
import { buildMonthlySeriesQuery, buildOverviewQuery } from "./query";
import type { MonthlyOverviewRow, OverviewMetrics, OverviewResult } from "./types";

/** Runs the Overview metrics and its monthly series on the `transactions` table. */
export async function runOverview(db: Database, options: OverviewOptions): Promise<OverviewResult> {
  const [metrics] = await db.query<OverviewMetrics>(buildOverviewQuery(options));
  if (!metrics) throw new Error("The Overview query returned no row");
  const monthly = await db.query<MonthlyOverviewRow>(buildMonthlySeriesQuery(options));
  return { metrics, monthly };
}
