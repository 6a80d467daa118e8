import type { Database } from "../../engine/database";
import { sharedResult, viewResultKey } from "../view-results";
import type { PeriodUnit } from "./options";
import { runCustomerStatus, runGrowthAccounting, runThresholdEvidence } from "./run";
import type { CustomerStatusResult, PeriodRow, ThresholdEvidence } from "./types";
import { churnViewSettings } from "./view-settings";

/** The churn view's queries, shared by visits and Analysis.prepare. */
export const churnViewQueries = {
  growth(db: Database, asOfDate: string, period: PeriodUnit, dataVersion: number): Promise<PeriodRow[]> {
    return sharedResult(db, viewResultKey("churn", "growth", dataVersion, { asOfDate, period }), () => runGrowthAccounting(db, { asOfDate, period }));
  },
  evidence(db: Database, asOfDate: string, dataVersion: number): Promise<ThresholdEvidence> {
    return sharedResult(db, viewResultKey("churn", "evidence", dataVersion, { asOfDate }), () => runThresholdEvidence(db, { asOfDate }));
  },
  status(db: Database, asOfDate: string, thresholdDays: number, dataVersion: number): Promise<CustomerStatusResult> {
    return sharedResult(db, viewResultKey("churn", "status", dataVersion, { asOfDate, thresholdDays }), () =>
      runCustomerStatus(db, { asOfDate, thresholdDays }, dataVersion),
    );
  },
};

/** Analysis.prepare: the series, the threshold evidence and the statuses for the settings in use. */
export async function prepareChurn(db: Database, asOfDate: string, dataVersion: number): Promise<void> {
  const { period, thresholdDays } = churnViewSettings();
  await churnViewQueries.growth(db, asOfDate, period[0](), dataVersion);
  const evidence = await churnViewQueries.evidence(db, asOfDate, dataVersion);
  await churnViewQueries.status(db, asOfDate, thresholdDays[0]() ?? evidence.default_days, dataVersion);
}
