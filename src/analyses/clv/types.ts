/**
 * One customer of the lifetime-value summary (DESIGN.md §6). Purchases (amount ≥ 0) up to the as-of date are
 * merged per customer-day; only customers whose first purchase is on or before the calibration end appear.
 * Time values are in the chosen unit (week = 7 days, day, month = 365.25 / 12 days).
 */
export type ClvSummaryRow = {
  customer_id: string;
  /** First purchase date, `YYYY-MM-DD`. */
  first_purchase_date: string;
  /** Last purchase date up to the calibration end. */
  last_purchase_date: string;
  /** Repeat purchase days: purchase days after the first one, up to the calibration end. */
  x: number;
  /** Days from the first to the last purchase (up to the calibration end). */
  t_x_days: number;
  /** Days from the first purchase to the calibration end. */
  T_days: number;
  /** t_x_days ÷ days per unit ("recency" in the BTYD literature). */
  t_x: number;
  /** T_days ÷ days per unit (the customer's "age"). */
  T: number;
  /** Mean of the repeat purchase days' values (customer-day purchase totals, first day excluded); NULL when x = 0. */
  mean_repeat_value: number | null;
  /** Purchase days after the calibration end, up to the as-of date (the holdout). */
  holdout_purchases: number;
  /** Purchase amounts in the holdout. */
  holdout_value: number;
};

/** Who the summary covers. */
export type ClvPopulationRow = {
  /** Customers with a purchase up to the as-of date. */
  customers: number;
  /** Of those, customers whose first purchase is after the calibration end: left out of the fit. */
  first_seen_after_calibration: number;
};

/** One 7-day week of the tracking chart, counted from the earliest first purchase. */
export type ClvTrackingRow = {
  week: number;
  /** First day of the week, `YYYY-MM-DD`. */
  week_start: string;
  /** Repeat purchase days (purchase days after each customer's first) in the week. */
  repeat_purchases: number;
  cumulative_repeat_purchases: number;
};
