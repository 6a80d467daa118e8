import { dateLiteral, literal } from "../../engine/sql";
import type { Class8Key } from "./class8";
import { rfmCtes, type RfmTables } from "./customer-scores-sql";
import type { RfmOptions } from "./options";
import type { Score, SegmentKey } from "./segments";

/** Which customers a list shows. */
export type CustomerFilter =
  | { kind: "all" }
  | { kind: "segment"; segment: SegmentKey }
  | { kind: "class8"; class8: Class8Key }
  | { kind: "cell"; r: Score; fm: Score }
  | { kind: "customer"; customerId: string };

function filterCondition(filter: CustomerFilter): string {
  switch (filter.kind) {
    case "all":
      return "TRUE";
    case "segment":
      return `segment = ${literal(filter.segment)}`;
    case "class8":
      return `class8 = ${literal(filter.class8)}`;
    case "cell":
      return `r_score = ${literal(filter.r)} AND fm_score = ${literal(filter.fm)}`;
    case "customer":
      return `customer_id = ${literal(filter.customerId)}`;
  }
}

/** SQL for the `RfmCustomerRow`s of the filter, highest monetary first (ties by customer_id); all rows without a limit. */
export function buildRfmCustomersQuery(options: RfmOptions, filter: CustomerFilter = { kind: "all" }, limit?: number, tables?: RfmTables): string {
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new Error(`Not a row limit: ${limit}`);
  // Sorting and limiting before formatting: the dates become text only for the rows returned.
  return `WITH
  ${rfmCtes(options, tables)},
  listed AS (
    SELECT *
    FROM customer_scores
    WHERE ${filterCondition(filter)}
    ORDER BY monetary DESC, customer_id${limit === undefined ? "" : `\n    LIMIT ${limit}`}
  )
SELECT
  customer_id,
  recency_days,
  frequency,
  monetary,
  r_score::INTEGER AS r_score,
  f_score::INTEGER AS f_score,
  m_score::INTEGER AS m_score,
  fm_score::INTEGER AS fm_score,
  segment,
  class8,
  net_revenue,
  CAST(first_purchase_date AS VARCHAR) AS first_purchase_date,
  CAST(last_purchase_date AS VARCHAR) AS last_purchase_date,
  r_rank,
  f_rank,
  m_rank,
  r_high,
  f_high,
  m_high
FROM listed
ORDER BY monetary DESC, customer_id`;
}

/** SQL for the `PurchaseHistoryRow`s of one customer: each order's purchases and refunds, all dates, oldest first. */
export function buildPurchaseHistoryQuery(customerId: string, asOfDate: string): string {
  return `SELECT
  CAST(order_date AS VARCHAR) AS order_date,
  order_id,
  amount < 0 AS is_refund,
  count(*)::INTEGER AS lines,
  sum(amount)::DOUBLE AS amount,
  order_date > ${dateLiteral(asOfDate)} AS after_as_of
FROM transactions
WHERE customer_id = ${literal(customerId)}
GROUP BY order_date, order_id, amount < 0
ORDER BY order_date, is_refund, order_id`;
}
