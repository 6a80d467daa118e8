import type { Class8Key } from "./class8";
import type { RfmMeasure } from "./options";
import type { SegmentKey } from "./segments";

/**
 * One customer of the RFM table: a customer with at least one purchase (amount ≥ 0) dated up to and
 * including the as-of date (customers with only refunds are left out and counted in `RfmStats`).
 * N = the number of such customers.
 */
export type RfmCustomerRow = {
  customer_id: string;
  /** As-of date − last purchase date, in calendar days; refunds never move it. */
  recency_days: number;
  /** Distinct order ids among the purchase rows. */
  frequency: number;
  /** Net revenue, or net revenue ÷ frequency when monetary = mean; exact to 6 decimals. */
  monetary: number;
  /**
   * Quantile: 1 + floor(5 × (r_rank − 1) / N). Thresholds: 5 minus the cut points recency_days exceeds.
   * Mean split: 5 when r_high, else 1.
   */
  r_score: number;
  /** Quantile: 1 + floor(5 × (f_rank − 1) / N). Thresholds: 1 plus the cut points reached (≥). Mean split: 5 when f_high, else 1. */
  f_score: number;
  /** As f_score, for monetary. */
  m_score: number;
  /** round-half-up((F + M) / 2). */
  fm_score: number;
  /** The segment of the (R, FM) cell in the segment map. */
  segment: SegmentKey;
  /** The 8-class scheme from r_high, f_high, m_high. */
  class8: Class8Key;
  /** Net revenue (purchases − refunds) whatever monetary means: what revenue shares add up. */
  net_revenue: number;
  first_purchase_date: string;
  last_purchase_date: string;
  /** SQL RANK() of recency_days descending (the longest recency is 1; equal values share the rank). */
  r_rank: number;
  /** RANK() of frequency ascending. */
  f_rank: number;
  /** RANK() of monetary ascending. */
  m_rank: number;
  /** recency_days < the mean of recency_days (recent = high). */
  r_high: boolean;
  /** frequency > the mean frequency. */
  f_high: boolean;
  /** monetary > the mean monetary. */
  m_high: boolean;
};

/** The scored population and what was left out. */
export type RfmStats = {
  as_of_date: string;
  /** N: customers with a purchase up to the as-of date. */
  customers: number;
  /** Sum of the N customers' net revenue (the denominator of revenue shares). */
  net_revenue: number;
  mean_recency_days: number | null;
  mean_frequency: number | null;
  mean_monetary: number | null;
  /** Customers with rows up to the as-of date but no purchase: not scored. */
  refund_only_customers: number;
  /** Their net amount (≤ 0), outside every RFM total. */
  refund_only_net_revenue: number;
};

/** How many customers got a score and which values it covers; an empty score (ties) has 0 and NULLs. */
export type ScoreRangeRow = {
  measure: RfmMeasure;
  score: number;
  customers: number;
  min_value: number | null;
  max_value: number | null;
};

/** One segment (or class of the 8-class scheme) of the summary. */
export type SegmentSummaryRow = {
  /** A SegmentKey, or a Class8Key for the 8-class scheme. */
  segment: string;
  customers: number;
  /** Net revenue of its customers. */
  revenue: number;
  /** customers ÷ N. */
  customer_share: number | null;
  /** revenue ÷ the N customers' net revenue. */
  revenue_share: number | null;
};

/** One of the 25 (R, FM) cells. */
export type RfmCellRow = {
  r_score: number;
  fm_score: number;
  segment: SegmentKey;
  customers: number;
  revenue: number;
};

/** One histogram bin [bin_start, bin_end) of a measure; an open-ended last bin also holds larger values. */
export type DistributionBinRow = {
  measure: RfmMeasure;
  bin: number;
  bin_start: number;
  bin_end: number;
  customers: number;
  open_ended: boolean;
};

/** One order of a customer, its purchase rows and its refund rows apart; rows after the as-of date are flagged. */
export type PurchaseHistoryRow = {
  order_date: string;
  order_id: string;
  is_refund: boolean;
  lines: number;
  amount: number;
  after_as_of: boolean;
};

/** Data-based starting cut points for fixed thresholds (recency_1..4 and monetary_1..4). */
export type SuggestedCutpointsRow = Record<`${"recency" | "monetary"}_${1 | 2 | 3 | 4}`, number | null>;

/** Everything the RFM view shows apart from customer lists. */
export type RfmResult = {
  stats: RfmStats;
  scoreRanges: ScoreRangeRow[];
  summary: SegmentSummaryRow[];
  cells: RfmCellRow[];
  distributions: DistributionBinRow[];
};
