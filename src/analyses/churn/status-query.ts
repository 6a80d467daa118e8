import type { RfmTables } from "../rfm/customer-scores-sql";
import { buildRfmCustomersQuery } from "../rfm/customers-query";
import { defaultRfmOptions } from "../rfm/options";
import { asOfCtes } from "../as-of";
import { dateLiteral, literal } from "../../engine/sql";
import { AT_RISK_DENOMINATOR, AT_RISK_NUMERATOR, isThresholdDays, type CustomerStatusOptions } from "./options";

function thresholdLiteral(thresholdDays: number): string {
  if (!isThresholdDays(thresholdDays)) throw new Error(`Not a threshold in days: ${thresholdDays}`);
  return literal(thresholdDays);
}

/**
 * CTEs ending in `customer_status`, one row per customer with a purchase up to the as-of date. With N the
 * threshold and d = as-of − last purchase, the first rule that holds gives the status:
 * churned d > N; at_risk d > 0.75 N; new: first purchase ≤ N days ago; reactivated: bought within the last
 * N days after a gap of more than N days between purchase days; active otherwise.
 */
export function customerStatusCtes(options: CustomerStatusOptions): string {
  const asOf = dateLiteral(options.asOfDate);
  const n = thresholdLiteral(options.thresholdDays);
  // Purchase days within the last N days are at most N days apart, so the only gap that can exceed N
  // and end in that window runs from the last purchase before it to the first purchase in it.
  return `${asOfCtes(options.asOfDate)},
  customer_summary AS (
    SELECT
      customer_id,
      min(order_date) FILTER (WHERE amount >= 0) AS first_purchase,
      max(order_date) FILTER (WHERE amount >= 0) AS last_purchase,
      max(order_date) FILTER (WHERE amount >= 0 AND ${asOf} - order_date > ${n}) AS last_purchase_before_window,
      min(order_date) FILTER (WHERE amount >= 0 AND ${asOf} - order_date <= ${n}) AS first_purchase_in_window,
      count(DISTINCT order_id) FILTER (WHERE amount >= 0) AS orders,
      sum(amount) AS revenue
    FROM transactions_as_of
    GROUP BY customer_id
  ),
  customer_status AS (
    SELECT
      customer_id,
      first_purchase,
      last_purchase,
      ${asOf} - last_purchase AS days_since,
      CASE
        WHEN ${asOf} - last_purchase > ${n} THEN 'churned'
        WHEN (${asOf} - last_purchase) * ${AT_RISK_DENOMINATOR} > ${AT_RISK_NUMERATOR} * ${n} THEN 'at_risk'
        WHEN ${asOf} - first_purchase <= ${n} THEN 'new'
        WHEN first_purchase_in_window - last_purchase_before_window > ${n} THEN 'reactivated'
        ELSE 'active'
      END AS status,
      orders,
      revenue
    FROM customer_summary
    WHERE last_purchase IS NOT NULL
  )`;
}

const CUSTOMER_COLUMNS = `customer_id,
  CAST(first_purchase AS VARCHAR) AS first_purchase,
  CAST(last_purchase AS VARCHAR) AS last_purchase,
  days_since::INTEGER AS days_since,
  status,
  orders::INTEGER AS orders,
  revenue::DOUBLE AS revenue`;

/** SQL for every customer's `CustomerStatusRow`, by customer id. */
export function buildCustomerStatusQuery(options: CustomerStatusOptions): string {
  return `WITH
  ${customerStatusCtes(options)}
SELECT
  ${CUSTOMER_COLUMNS}
FROM customer_status
ORDER BY customer_id`;
}

/** SQL for the five `StatusSummaryRow`s in life-cycle order (statuses nobody has are 0). */
export function buildStatusSummaryQuery(options: CustomerStatusOptions): string {
  return `WITH
  ${customerStatusCtes(options)},
  statuses (status, position) AS (
    VALUES ('new', 1), ('active', 2), ('reactivated', 3), ('at_risk', 4), ('churned', 5)
  )
SELECT
  status,
  count(customer_id)::INTEGER AS customers,
  coalesce(sum(revenue), 0)::DOUBLE AS revenue
FROM statuses
LEFT JOIN customer_status USING (status)
GROUP BY status, position
ORDER BY position`;
}

/**
 * SQL for the `WinBackRow`s: at-risk and recently churned (N < days since ≤ 2N) customers, most valuable first.
 * With `rfmTables` (the RFM view's, for its default options at this as-of date) the segments are read from them.
 */
export function buildWinBackListQuery(options: CustomerStatusOptions, rfmTables?: RfmTables): string {
  const n = thresholdLiteral(options.thresholdDays);
  return `WITH
  ${customerStatusCtes(options)}
SELECT
  ${CUSTOMER_COLUMNS},
  CASE status WHEN 'at_risk' THEN 'at_risk' ELSE 'recently_churned' END AS list,
  rfm.segment AS rfm_segment
FROM customer_status
-- The RFM view's default segments at the same as-of date, so a win-back list says who the customer was.
LEFT JOIN (${buildRfmCustomersQuery(defaultRfmOptions(options.asOfDate), undefined, undefined, rfmTables)}) AS rfm USING (customer_id)
WHERE status = 'at_risk' OR (status = 'churned' AND days_since <= 2 * ${n})
ORDER BY revenue DESC, customer_id`;
}
