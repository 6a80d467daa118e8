/** The four tiers of the customers who bought in the window, biggest first. */
export const RANKED_TIERS = ["top", "big", "medium", "small"] as const;
export type RankedTier = (typeof RANKED_TIERS)[number];

/** Pyramid tiers from top to bottom: Inactive = customers whose purchases are all before the window. */
export const PYRAMID_TIERS = [...RANKED_TIERS, "inactive"] as const;
export type PyramidTier = (typeof PYRAMID_TIERS)[number];

/** Where a customer comes from in the migration matrix: its tier in the previous window, or new / inactive. */
export const MIGRATION_FROM = ["new", ...RANKED_TIERS, "inactive"] as const;
export type MigrationFrom = (typeof MIGRATION_FROM)[number];

/** Where a customer goes: its tier in the current window; lost = bought in the previous window only; inactive = in neither. */
export const MIGRATION_TO = [...RANKED_TIERS, "lost", "inactive"] as const;
export type MigrationTo = (typeof MIGRATION_TO)[number];

/**
 * One pyramid tier. Revenue is each customer's net revenue in the window (purchases minus refunds dated in
 * it). Customers who bought in the window are ranked by it, descending, ties by customer_id ascending.
 */
export type PyramidTierRow = {
  tier: PyramidTier;
  customers: number;
  /** Net revenue in the window; for Inactive only refunds (of earlier purchases) can be dated in it. */
  revenue: number;
  /** revenue ÷ net revenue in the window of all customers who bought in it (the four ranked tiers sum to 1). */
  revenue_share: number | null;
  /** revenue ÷ customers; NULL for an empty tier. */
  avg_revenue: number | null;
  /** Best and worst rank in the tier (1 = highest revenue); NULL for Inactive and empty tiers. */
  first_rank: number | null;
  last_rank: number | null;
  /** Lowest and highest net revenue in the tier; NULL for Inactive and empty tiers. */
  min_revenue: number | null;
  max_revenue: number | null;
};

/** Headline figures of the window: its dates, size, cut-offs and the concentration of revenue. */
export type PyramidSummary = {
  as_of_date: string;
  /** `YYYY-MM-DD`; NULL for all time. */
  window_start: string | null;
  window_end: string;
  previous_window_start: string | null;
  previous_window_end: string | null;
  /** n: customers with at least one purchase (amount ≥ 0) in the window. */
  customers_in_window: number;
  /** Net revenue in the window of those n customers. */
  revenue: number;
  inactive_customers: number;
  /** Customers among the n whose net revenue in the window is below 0, and their total. */
  negative_customers: number;
  negative_revenue: number;
  /** Rank cut-offs ceil(p × n) of the percentage rule; NULL with thresholds. */
  top_cutoff: number | null;
  big_cutoff: number | null;
  medium_cutoff: number | null;
  /**
   * Gini coefficient of max(net revenue, 0) over the n customers: Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2 n² x̄),
   * computed as (n + 1 − 2 Σ rᵣ xᵣ ÷ Σ x) ÷ n with r = rank, highest first. NULL when Σ x = 0.
   */
  gini: number | null;
  /** Fewest top customers whose revenue (negatives as 0) reaches 80 % of the total, and that as a share of n. */
  customers_for_80: number | null;
  customer_share_for_80: number | null;
  /** Revenue share (negatives as 0) of the top ceil(0.20 n) customers. */
  top_20_revenue_share: number | null;
};

/** One point of the Pareto curve: the top `percent_of_customers` % of customers, i.e. the first ceil(p n / 100) ranks. */
export type ParetoPoint = {
  percent_of_customers: number;
  customers: number;
  /** Their revenue ÷ total revenue, each customer's net revenue counted as max(net, 0); NULL without revenue. */
  revenue_share: number | null;
};

/** One non-empty cell of the migration matrix between the previous window and the current one. */
export type MigrationCell = {
  from_tier: MigrationFrom;
  to_tier: MigrationTo;
  customers: number;
  /** Net revenue of the cell's customers in the previous and in the current window. */
  previous_revenue: number;
  revenue: number;
};

/** One customer of a tier or a migration cell. */
export type PyramidCustomer = {
  customer_id: string;
  tier: PyramidTier;
  /** Rank in the current window (NULL when not buying in it) and net revenue in it. */
  revenue_rank: number | null;
  revenue: number;
  /** Migration row and column; NULL for all time. */
  from_tier: MigrationFrom | null;
  to_tier: MigrationTo | null;
  /** Rank in the previous window (NULL when not buying in it) and net revenue in it (0 without rows; NULL for all time). */
  previous_rank: number | null;
  previous_revenue: number | null;
  first_purchase_date: string;
  last_purchase_date: string;
};

/** Everything the Pyramid view shows; migration is NULL for all time. */
export type PyramidResult = {
  summary: PyramidSummary;
  tiers: PyramidTierRow[];
  pareto: ParetoPoint[];
  migration: MigrationCell[] | null;
};

/** Which customers to list: a tier of the pyramid or a cell of the migration matrix. */
export type CustomerSelection = { tier: PyramidTier } | { from: MigrationFrom; to: MigrationTo };
