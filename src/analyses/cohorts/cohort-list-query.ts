import { cohortCustomerCtes } from "./cohort-ctes";
import type { CohortOptions } from "./options";
import { periodLabelSql } from "../period";

/** SQL for every `CohortListRow` at the as-of date, whatever the cohort range (it feeds the range control). */
export function buildCohortListQuery(options: CohortOptions): string {
  return `WITH
  ${cohortCustomerCtes({ ...options, firstCohort: null, lastCohort: null })}
SELECT
  ${periodLabelSql(options.period, "cohort_start")} AS cohort,
  CAST(cohort_start AS VARCHAR) AS cohort_start,
  count(*)::INTEGER AS cohort_size
FROM customer_cohorts
GROUP BY cohort_start
ORDER BY cohort_start`;
}
