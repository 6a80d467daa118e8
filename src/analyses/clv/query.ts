import { asOfCtes } from "../as-of";
import { dateLiteral, literal } from "../../engine/sql";
import { TIME_UNIT_DAYS, type ClvSummaryOptions } from "./options";

/**
 * SQL for the `ClvSummaryRow`s (definitions in types.ts), one per customer first seen by the calibration end, by
 * customer_id. One aggregation over the customer-days: x is the calibration days less the first, and the mean
 * repeat value is the calibration days' total less the first day's, over x (no window, no holdout join).
 */
export function buildClvSummaryQuery(options: ClvSummaryOptions): string {
  const calibrationEnd = dateLiteral(options.calibrationEnd);
  const unitDays = literal(TIME_UNIT_DAYS[options.timeUnit]);
  const inCalibration = `order_date <= ${calibrationEnd}`;
  return `WITH
  ${asOfCtes(options.asOfDate)},
  purchase_days AS (
    SELECT customer_id, order_date, sum(amount) AS day_value
    FROM purchases
    GROUP BY customer_id, order_date
  ),
  customer_summary AS (
    SELECT
      customer_id,
      min(order_date) AS first_purchase_date,
      max(order_date) FILTER (WHERE ${inCalibration}) AS last_purchase_date,
      count(*) FILTER (WHERE ${inCalibration}) - 1 AS x,
      sum(day_value) FILTER (WHERE ${inCalibration}) - arg_min(day_value, order_date) AS repeat_value,
      count(*) FILTER (WHERE NOT ${inCalibration}) AS holdout_purchases,
      sum(day_value) FILTER (WHERE NOT ${inCalibration}) AS holdout_value
    FROM purchase_days
    GROUP BY customer_id
    HAVING min(order_date) <= ${calibrationEnd}
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
  CASE WHEN x > 0 THEN repeat_value / x END::DOUBLE AS mean_repeat_value,
  holdout_purchases::INTEGER AS holdout_purchases,
  coalesce(holdout_value, 0)::DOUBLE AS holdout_value
FROM customer_summary
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
  ${asOfCtes(options.asOfDate)},
  purchase_days AS (
    SELECT DISTINCT customer_id, order_date FROM purchases
  ),
  calibration AS (
    SELECT customer_id, min(order_date) AS first_purchase_date
    FROM purchase_days
    GROUP BY customer_id
    HAVING min(order_date) <= ${dateLiteral(options.calibrationEnd)}
  ),
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
