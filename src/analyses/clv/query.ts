import { asOfCtes } from "../as-of";
import { dateLiteral, literal } from "../../engine/sql";
import { TIME_UNIT_DAYS, type ClvSummaryOptions } from "./options";

/** The CTEs shared by the summary and tracking queries: purchase days (one row per customer-day) and calibration summaries. */
function customerDayCtes(options: ClvSummaryOptions): string {
  const calibrationEnd = dateLiteral(options.calibrationEnd);
  return `${asOfCtes(options.asOfDate)},
  purchase_days AS (
    SELECT customer_id, order_date, sum(amount) AS day_value
    FROM purchases
    GROUP BY customer_id, order_date
  ),
  calibration_days AS (
    SELECT *, min(order_date) OVER (PARTITION BY customer_id) AS first_purchase_date
    FROM purchase_days
    WHERE order_date <= ${calibrationEnd}
  ),
  calibration AS (
    SELECT
      customer_id,
      first_purchase_date,
      max(order_date) AS last_purchase_date,
      count(*) FILTER (WHERE order_date > first_purchase_date) AS x,
      avg(day_value) FILTER (WHERE order_date > first_purchase_date) AS mean_repeat_value
    FROM calibration_days
    GROUP BY customer_id, first_purchase_date
  )`;
}

/** SQL for the `ClvSummaryRow`s (definitions in types.ts), one per customer first seen by the calibration end, by customer_id. */
export function buildClvSummaryQuery(options: ClvSummaryOptions): string {
  const calibrationEnd = dateLiteral(options.calibrationEnd);
  const unitDays = literal(TIME_UNIT_DAYS[options.timeUnit]);
  return `WITH
  ${customerDayCtes(options)},
  holdout AS (
    SELECT customer_id, count(*) AS holdout_purchases, sum(day_value) AS holdout_value
    FROM purchase_days
    WHERE order_date > ${calibrationEnd}
    GROUP BY customer_id
  )
SELECT
  customer_id,
  CAST(first_purchase_date AS VARCHAR) AS first_purchase_date,
  CAST(last_purchase_date AS VARCHAR) AS last_purchase_date,
  x::INTEGER AS x,
  (last_purchase_date - first_purchase_date)::INTEGER AS t_x_days,
  (${calibrationEnd} - first_purchase_date)::INTEGER AS T_days,
  ((last_purchase_date - first_purchase_date)::DOUBLE / ${unitDays})::DOUBLE AS t_x,
  ((${calibrationEnd} - first_purchase_date)::DOUBLE / ${unitDays})::DOUBLE AS T,
  mean_repeat_value::DOUBLE AS mean_repeat_value,
  coalesce(holdout_purchases, 0)::INTEGER AS holdout_purchases,
  coalesce(holdout_value, 0)::DOUBLE AS holdout_value
FROM calibration
LEFT JOIN holdout USING (customer_id)
ORDER BY customer_id`;
}

/** SQL for one `ClvPopulationRow`: customers with a purchase up to the as-of date, and those left out because they were first seen after the calibration end. */
export function buildClvPopulationQuery(options: ClvSummaryOptions): string {
  return `WITH
  ${asOfCtes(options.asOfDate)},
  first_purchases AS (
    SELECT customer_id, min(order_date) AS first_purchase_date FROM purchases GROUP BY customer_id
  )
SELECT
  count(*)::INTEGER AS customers,
  count(*) FILTER (WHERE first_purchase_date > ${dateLiteral(options.calibrationEnd)})::INTEGER AS first_seen_after_calibration
FROM first_purchases`;
}

/**
 * SQL for the `ClvTrackingRow`s: repeat purchase days of the summarised customers per 7-day week counted from
 * the earliest first purchase, every week up to the one holding the as-of date, with the running total.
 */
export function buildClvTrackingQuery(options: ClvSummaryOptions): string {
  return `WITH
  ${customerDayCtes(options)},
  start AS (
    SELECT min(first_purchase_date) AS start_date FROM calibration
  ),
  weeks AS (
    SELECT unnest(generate_series(1, ((${dateLiteral(options.asOfDate)} - start_date) // 7 + 1)::BIGINT)) AS week, start_date
    FROM start
  ),
  repeat_days AS (
    SELECT (purchase_days.order_date - start_date) // 7 + 1 AS week
    FROM purchase_days
    JOIN calibration USING (customer_id)
    CROSS JOIN start
    WHERE purchase_days.order_date > calibration.first_purchase_date
  ),
  weekly AS (
    SELECT week, count(*) AS repeat_purchases FROM repeat_days GROUP BY week
  )
SELECT
  week::INTEGER AS week,
  CAST(start_date + ((week - 1) * 7)::INTEGER AS VARCHAR) AS week_start,
  coalesce(repeat_purchases, 0)::INTEGER AS repeat_purchases,
  (sum(coalesce(repeat_purchases, 0)) OVER (ORDER BY week))::INTEGER AS cumulative_repeat_purchases
FROM weeks
LEFT JOIN weekly USING (week)
ORDER BY week`;
}
