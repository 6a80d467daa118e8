/**
 * One cell of the cohort triangle. Cohort = the period (month, ISO week from Monday, or quarter) of the
 * customer's first purchase (amount ≥ 0) up to the as-of date; k = whole periods from the cohort period.
 * A cell exists for every k from 0 to the as-of period: later periods have no row (empty, not 0 %).
 */
export type CohortCellRow = {
  /** `2024-01`, `2025-W01` (ISO week-numbering year) or `2024-Q1`. */
  cohort: string;
  /** First day of the cohort period, `YYYY-MM-DD`. */
  cohort_start: string;
  /** Offset in whole periods; 0 = the cohort period itself. */
  k: number;
  /** First day of period cohort + k, `YYYY-MM-DD`. */
  period_start: string;
  /** Customers whose first purchase is in the cohort period. */
  cohort_size: number;
  /** Distinct cohort customers with a purchase in period cohort + k (refunds are not purchases). */
  customers: number;
  /** customers ÷ cohort_size; 1 at k = 0. */
  retention: number;
  /** Cohort customers with a purchase in period cohort + k or any later one up to the as-of date ("unbounded"). */
  customers_on_or_after: number;
  /** customers_on_or_after ÷ cohort_size. */
  retention_on_or_after: number;
  /** Net amount (purchases minus refunds) of the cohort's rows in period cohort + k. */
  revenue: number;
  /** revenue ÷ revenue at k = 0; NULL when the cohort's revenue at k = 0 is 0. */
  revenue_retention: number | null;
  /** Net revenue of the cohort from k = 0 through k. */
  cumulative_revenue: number;
  /** cumulative_revenue ÷ cohort_size. */
  cumulative_revenue_per_customer: number;
  /** True in the as-of period when the as-of date is before its last day (the period is not over yet). */
  is_partial: boolean;
};

/** A point of the "all cohorts" curve (see `sizeWeightedAverageCurve`). */
export type CohortAverageRow = {
  k: number;
  /** Cohorts with a complete period k. */
  cohorts: number;
  /** Customers of those cohorts. */
  cohort_customers: number;
  retention: number | null;
  retention_on_or_after: number | null;
  revenue: number | null;
  revenue_retention: number | null;
  cumulative_revenue_per_customer: number | null;
};

/** A cohort and its size, whatever the cohort range (for the range control). */
export type CohortListRow = {
  cohort: string;
  cohort_start: string;
  cohort_size: number;
};

/** A customer behind a cell. */
export type CohortCellCustomerRow = {
  customer_id: string;
  /** First purchase date, `YYYY-MM-DD`. */
  first_purchase_date: string;
  /** Last purchase date up to the as-of date, `YYYY-MM-DD`. */
  last_purchase_date: string;
  /** Distinct order ids of the customer's purchases in the cell's period. */
  period_orders: number;
  /** The customer's net amount in the cell's period. */
  period_revenue: number;
  /** The customer's net amount from the cohort period through the cell's period. */
  cumulative_revenue: number;
};

/** Everything the cohort view shows for one set of options. */
export type CohortResult = {
  cohorts: CohortListRow[];
  cells: CohortCellRow[];
  average: CohortAverageRow[];
};
