import { asOfCtes } from "../as-of";
import { dateLiteral } from "../../engine/sql";
import type { OverviewOptions } from "./options";

/** SQL for one `OverviewMetrics` row (definitions in types.ts). */
export function buildOverviewQuery(options: OverviewOptions): string {
  return `WITH
  ${asOfCtes(options.asOfDate)},
  customer_summary AS (
    -- Only "none, one, two or more orders" matters here: the first and last order id tell it without the
    -- costly distinct count (a third of this query at a million rows).
    SELECT
      customer_id,
      CASE
        WHEN min(order_id) FILTER (WHERE amount >= 0) IS NULL THEN 0
        WHEN min(order_id) FILTER (WHERE amount >= 0) = max(order_id) FILTER (WHERE amount >= 0) THEN 1
        ELSE 2
      END AS orders_up_to_2,
      sum(amount) AS revenue
    FROM transactions_as_of
    GROUP BY customer_id
  ),
  purchase_days AS (
    SELECT DISTINCT customer_id, order_date FROM purchases
  ),
  purchase_gaps AS (
    SELECT order_date - lag(order_date) OVER (PARTITION BY customer_id ORDER BY order_date) AS gap_days
    FROM purchase_days
  ),
  customer_totals AS (
    SELECT
      count(*) FILTER (WHERE orders_up_to_2 >= 1) AS customers,
      count(*) FILTER (WHERE orders_up_to_2 = 2) AS repeat_customers,
      count(*) FILTER (WHERE orders_up_to_2 = 0) AS refund_only_customers,
      coalesce(sum(revenue) FILTER (WHERE orders_up_to_2 = 2), 0) AS repeat_customer_revenue
    FROM customer_summary
  ),
  order_totals AS (
    SELECT
      count(DISTINCT order_id) AS orders,
      min(order_date) AS first_purchase_date,
      max(order_date) AS last_purchase_date
    FROM purchases
  ),
  money_totals AS (
    SELECT
      coalesce(sum(amount), 0) AS revenue,
      count(*) FILTER (WHERE amount < 0) AS refund_rows,
      coalesce(-sum(amount) FILTER (WHERE amount < 0), 0) AS refunded_amount
    FROM transactions_as_of
  ),
  gap_totals AS (
    SELECT median(gap_days) AS median_days_between_purchases FROM purchase_gaps
  )
SELECT
  CAST(${dateLiteral(options.asOfDate)} AS VARCHAR) AS as_of_date,
  customers::INTEGER AS customers,
  orders::INTEGER AS orders,
  revenue::DOUBLE AS revenue,
  (revenue / NULLIF(orders, 0))::DOUBLE AS average_order_value,
  (orders / NULLIF(customers, 0))::DOUBLE AS orders_per_customer,
  repeat_customers::INTEGER AS repeat_customers,
  (repeat_customers / NULLIF(customers, 0))::DOUBLE AS repeat_purchase_rate,
  median_days_between_purchases::DOUBLE AS median_days_between_purchases,
  repeat_customer_revenue::DOUBLE AS repeat_customer_revenue,
  (repeat_customer_revenue / NULLIF(revenue, 0))::DOUBLE AS repeat_customer_revenue_share,
  refund_rows::INTEGER AS refund_rows,
  refunded_amount::DOUBLE AS refunded_amount,
  refund_only_customers::INTEGER AS refund_only_customers,
  CAST(first_purchase_date AS VARCHAR) AS first_purchase_date,
  CAST(last_purchase_date AS VARCHAR) AS last_purchase_date
FROM customer_totals, order_totals, money_totals, gap_totals`;
}

/** SQL for the `MonthlyOverviewRow`s, oldest month first. */
export function buildMonthlySeriesQuery(options: OverviewOptions): string {
  const asOf = dateLiteral(options.asOfDate);
  return `WITH
  ${asOfCtes(options.asOfDate)},
  months AS (
    SELECT CAST(unnest(generate_series(
      date_trunc('month', min(order_date)),
      date_trunc('month', ${asOf}),
      INTERVAL 1 MONTH
    )) AS DATE) AS month
    FROM transactions_as_of
  ),
  monthly_revenue AS (
    SELECT CAST(date_trunc('month', order_date) AS DATE) AS month, sum(amount) AS revenue
    FROM transactions_as_of
    GROUP BY 1
  ),
  monthly_purchases AS (
    SELECT
      CAST(date_trunc('month', order_date) AS DATE) AS month,
      count(DISTINCT customer_id) AS active_customers,
      count(DISTINCT order_id) AS orders
    FROM purchases
    GROUP BY 1
  ),
  first_purchase_months AS (
    SELECT customer_id, CAST(date_trunc('month', min(order_date)) AS DATE) AS month
    FROM purchases
    GROUP BY customer_id
  ),
  monthly_new_customers AS (
    SELECT month, count(*) AS new_customers FROM first_purchase_months GROUP BY month
  )
SELECT
  CAST(month AS VARCHAR) AS month,
  coalesce(revenue, 0)::DOUBLE AS revenue,
  coalesce(active_customers, 0)::INTEGER AS active_customers,
  coalesce(orders, 0)::INTEGER AS orders,
  coalesce(new_customers, 0)::INTEGER AS new_customers,
  ${asOf} < last_day(month) AS is_partial
FROM months
LEFT JOIN monthly_revenue USING (month)
LEFT JOIN monthly_purchases USING (month)
LEFT JOIN monthly_new_customers USING (month)
ORDER BY month`;
}
