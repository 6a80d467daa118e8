import type { Database } from "../../engine/database";
import { toCsvSections } from "../../cli/output";
import type { PeriodUnit } from "./options";
import { runCustomerList, runGrowthAccounting, runThresholdEvidence } from "./run";
import { CUSTOMER_STATUSES, type CustomerStatus } from "./types";

/** What `crm-studio churn` prints, computed from the loaded `transactions`. */
export async function buildChurnOutput(db: Database, options: { asOfDate: string; period: PeriodUnit; thresholdDays?: number }) {
  const { asOfDate, period } = options;
  const periodRows = await runGrowthAccounting(db, { asOfDate, period });
  const thresholdDays = options.thresholdDays ?? (await runThresholdEvidence(db, { asOfDate })).default_days;
  const customerRows = await runCustomerList(db, { asOfDate, thresholdDays });

  const status = Object.fromEntries(CUSTOMER_STATUSES.map((name) => [name, 0])) as Record<CustomerStatus, number>;
  for (const customer of customerRows) status[customer.status] += 1;
  const periods = periodRows.map(({ period: label, active, retained, attrition_rate, retention_rate, new: newCustomers, resurrected, churned }) => ({
    period: label, active, retained, attrition_rate, retention_rate, new: newCustomers, resurrected, churned,
  }));
  const customers = customerRows.map(({ customer_id, last_purchase, days_since, status: customerStatus }) => ({
    customer_id, last_purchase, days_since, status: customerStatus,
  }));
  const partial_period = periodRows.find((row) => row.is_partial)?.period ?? null;
  return {
    json: { as_of_date: asOfDate, period, threshold_days: thresholdDays, status, periods, partial_period, customers },
    csv: toCsvSections({
      settings: [{ as_of_date: asOfDate, period, threshold_days: thresholdDays, partial_period }],
      status: CUSTOMER_STATUSES.map((name) => ({ status: name, customers: status[name] })),
      periods,
      customers,
    }),
  };
}
