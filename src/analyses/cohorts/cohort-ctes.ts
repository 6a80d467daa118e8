import { asOfCtes } from "../as-of";
import { dateLiteral } from "../../engine/sql";
import type { CohortOptions } from "./options";
import { periodIndexSql, periodStartSql } from "../period";

/** The cohort range as a WHERE condition on `cohort_start` (TRUE when the range is open). */
function cohortRangeSql(options: CohortOptions): string {
  const conditions = [
    options.firstCohort ? `cohort_start >= ${periodStartSql(options.period, dateLiteral(options.firstCohort))}` : null,
    options.lastCohort ? `cohort_start <= ${periodStartSql(options.period, dateLiteral(options.lastCohort))}` : null,
  ].filter((condition) => condition !== null);
  return conditions.length ? conditions.join(" AND ") : "TRUE";
}

/**
 * CTEs (for a `WITH` clause) down to `cohort_customers`. `customer_periods` has one row per customer and
 * calendar period with any row (purchase or refund) — one pass over the table that everything else reads;
 * `customer_cohorts` has the customers with a purchase, their cohort period and its index;
 * `cohort_customers` those in the chosen cohort range.
 */
export function cohortCustomerCtes(options: CohortOptions): string {
  const { period } = options;
  return `${asOfCtes(options.asOfDate)},
  customer_periods AS (
    SELECT
      customer_id,
      ${periodIndexSql(period, "order_date")} AS period_index,
      min(order_date) FILTER (WHERE amount >= 0) AS first_purchase_date,
      max(order_date) FILTER (WHERE amount >= 0) AS last_purchase_date,
      sum(amount) AS revenue
    FROM transactions_as_of
    GROUP BY customer_id, period_index
  ),
  customer_cohorts AS (
    SELECT
      customer_id,
      min(first_purchase_date) AS first_purchase_date,
      max(last_purchase_date) AS last_purchase_date,
      ${periodStartSql(period, "min(first_purchase_date)")} AS cohort_start,
      min(period_index) AS cohort_index,
      max(period_index) AS last_purchase_index
    FROM customer_periods
    WHERE first_purchase_date IS NOT NULL
    GROUP BY customer_id
  ),
  cohort_customers AS (
    SELECT * FROM customer_cohorts WHERE ${cohortRangeSql(options)}
  )`;
}

/**
 * Adds `cohort_periods` to `cohortCustomerCtes`: each customer-period of a selected customer with its offset k
 * in whole periods from the cohort period. A refund dated before the customer's first purchase counts in
 * period 0: it has no earlier cell, and net money must stay complete.
 */
export function cohortPeriodCtes(options: CohortOptions): string {
  return `${cohortCustomerCtes(options)},
  cohort_periods AS (
    SELECT
      c.cohort_start,
      greatest(p.period_index - c.cohort_index, 0) AS k,
      p.first_purchase_date IS NOT NULL AS purchased,
      p.revenue
    FROM customer_periods AS p
    JOIN cohort_customers AS c USING (customer_id)
  )`;
}
