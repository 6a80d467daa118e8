/**
 * One period (month, ISO week or quarter) of the churn series; every period from the first dated row's period
 * to the as-of date's period is present. A customer is active in a period when they made a purchase
 * (amount ≥ 0) in it; refunds never make a customer active. Money figures are net (purchases + refunds).
 */
export type PeriodRow = {
  /** `2024-01`, `2024-W05` (ISO week, starting Monday) or `2024-Q1`. */
  period: string;
  /** First day of the period, `YYYY-MM-DD`. */
  period_start: string;
  /** True for the as-of date's period when the as-of date is before its last day. */
  is_partial: boolean;
  /** Customers with a purchase in the period: new + retained + resurrected. */
  active: number;
  /** Customers whose first purchase is in the period. */
  new: number;
  /** Customers with a purchase in the period and in the previous one. */
  retained: number;
  /** Customers with a purchase in the period, none in the previous one, but one before that. */
  resurrected: number;
  /** Customers with a purchase in the previous period and none in this one. */
  churned: number;
  /** (new + resurrected) ÷ churned; NULL when nobody churned. */
  quick_ratio: number | null;
  /** Of this period's active customers, those with no purchase in the next period (= the next period's churned); NULL while the next period is not complete. */
  lost: number | null;
  /** lost ÷ active: of the customers who bought in this period, the share who did not buy in the next one. */
  attrition_rate: number | null;
  /** (active − lost) ÷ active = 1 − attrition_rate. */
  retention_rate: number | null;
  /** Net revenue of all rows dated in the period. */
  revenue: number;
  /** Net revenue in the period of its new customers. */
  new_revenue: number;
  /** Net revenue in the period of its retained customers. */
  retained_revenue: number;
  /** Net revenue in the period of its resurrected customers. */
  resurrected_revenue: number;
  /** Net revenue the churned customers brought in the previous period: the revenue lost. */
  churned_revenue: number;
  /** Refunds in the period of customers with no purchase in it: part of revenue, of no group. */
  refunds_without_purchase: number;
  /** (new_revenue + resurrected_revenue) ÷ churned_revenue; NULL when churned_revenue is 0. */
  revenue_quick_ratio: number | null;
};

/** How many gaps between a customer's consecutive purchase days were `gap_days` long. */
export type GapCountRow = {
  gap_days: number;
  gaps: number;
};

/** Where the default inactivity threshold comes from. */
export type DefaultThresholdRow = {
  /** Gaps between consecutive purchase days of the same customer (repeat purchases). */
  gap_count: number;
  /** The smallest gap g such that at least THRESHOLD_PERCENTILE % of gaps are ≤ g; NULL without gaps. */
  percentile_days: number | null;
  /** percentile_days, or FALLBACK_THRESHOLD_DAYS when there is no gap. */
  default_days: number;
};

/** A customer's status at the as-of date (DESIGN.md, Churn and lifecycle); the rule is in customerStatusCtes. */
export type CustomerStatus = "new" | "active" | "reactivated" | "at_risk" | "churned";
/** Statuses in life-cycle order. */
export const CUSTOMER_STATUSES: readonly CustomerStatus[] = ["new", "active", "reactivated", "at_risk", "churned"];

/** Customers and their net revenue for one status. */
export type StatusSummaryRow = {
  status: CustomerStatus;
  customers: number;
  /** Net revenue up to the as-of date of those customers. */
  revenue: number;
};

/** One customer with at least one purchase up to the as-of date. */
export type CustomerStatusRow = {
  customer_id: string;
  /** `YYYY-MM-DD`. */
  first_purchase: string;
  /** `YYYY-MM-DD`; refunds never move it. */
  last_purchase: string;
  /** as-of − last_purchase, in calendar days. */
  days_since: number;
  status: CustomerStatus;
  /** Distinct order ids among purchase rows. */
  orders: number;
  /** Net revenue up to the as-of date: the customer's value. */
  revenue: number;
};

/** A customer to win back: at risk, or churned within the last threshold days (threshold < days_since ≤ 2 × threshold). */
export type WinBackRow = CustomerStatusRow & {
  list: "at_risk" | "recently_churned";
  /** Filled once the RFM analysis exists; NULL for now. */
  rfm_segment: string | null;
};

/** Where the default threshold comes from: the percentile and the histogram of the gaps. */
export type ThresholdEvidence = DefaultThresholdRow & {
  gap_distribution: GapCountRow[];
};

/** Everything the status part of the view shows for one threshold. */
export type CustomerStatusResult = {
  summary: StatusSummaryRow[];
  winBack: WinBackRow[];
};
