/**
 * The Overview figures at the as-of date. Only rows dated up to and including the as-of date count.
 * A purchase is a row with amount ≥ 0 (zero-value purchases included); a refund is a row with amount < 0.
 * Refunds never count as orders and never move first or last purchase dates; they are part of every net
 * money figure. Ratios are NULL when their denominator is 0.
 */
export type OverviewMetrics = {
  /** The as-of date, `YYYY-MM-DD`. */
  as_of_date: string;
  /** Distinct customers with at least one purchase. */
  customers: number;
  /** Distinct order_id among purchase rows. */
  orders: number;
  /** Net sum of amount over all rows, purchases and refunds (refund-only customers' refunds included). */
  revenue: number;
  /** revenue ÷ orders. */
  average_order_value: number | null;
  /** orders ÷ customers. */
  orders_per_customer: number | null;
  /** Customers with at least 2 orders. */
  repeat_customers: number;
  /** repeat_customers ÷ customers. */
  repeat_purchase_rate: number | null;
  /** Median, over all customers' gaps between consecutive distinct purchase dates, of the gap in days; NULL when no customer has 2 purchase days. */
  median_days_between_purchases: number | null;
  /** Net revenue (purchases and refunds) of the repeat customers. */
  repeat_customer_revenue: number;
  /** repeat_customer_revenue ÷ revenue; above 1 when refunds of non-repeat customers exceed their purchases. */
  repeat_customer_revenue_share: number | null;
  /** Rows with amount < 0. */
  refund_rows: number;
  /** −(sum of the refund rows' amounts): refunds as a positive number. */
  refunded_amount: number;
  /** Customers with refunds but no purchase; noted, not part of `customers`. */
  refund_only_customers: number;
  /** Earliest purchase date, `YYYY-MM-DD`; NULL without purchases. */
  first_purchase_date: string | null;
  /** Latest purchase date, `YYYY-MM-DD`; NULL without purchases. */
  last_purchase_date: string | null;
};

/**
 * One calendar month of the Overview series; every month from the first dated row's month to the as-of
 * month is present, months without activity with zeros.
 */
export type MonthlyOverviewRow = {
  /** First day of the month, `YYYY-MM-01`. */
  month: string;
  /** Net sum of amount of the month's rows (purchases and refunds). */
  revenue: number;
  /** Distinct customers with a purchase in the month. */
  active_customers: number;
  /** Distinct order_id among the month's purchase rows. */
  orders: number;
  /** Customers whose first purchase is in the month. */
  new_customers: number;
  /** True for the as-of month when the as-of date is before its last day. */
  is_partial: boolean;
};

/** Everything the Overview view shows. */
export type OverviewResult = {
  metrics: OverviewMetrics;
  monthly: MonthlyOverviewRow[];
};
