import type { Database } from "../engine/database";
import { dateLiteral } from "../engine/sql";

/** Options every "now"-relative analysis takes (DESIGN.md, "As-of date"). */
export type AsOfOptions = {
  /** ISO `YYYY-MM-DD`; rows dated up to and including it are used, later rows are ignored. */
  asOfDate: string;
};

/** SQL for one row `{ as_of_date }`: the day after the last purchase date (amount ≥ 0) as `YYYY-MM-DD`, NULL without purchases. */
export function buildDefaultAsOfQuery(): string {
  return "SELECT CAST(max(order_date) + 1 AS VARCHAR) AS as_of_date FROM transactions WHERE amount >= 0";
}

/** The default as-of date of the loaded `transactions`, or null when there is no purchase. */
export async function defaultAsOfDate(db: Database): Promise<string | null> {
  const [row] = await db.query<{ as_of_date: string | null }>(buildDefaultAsOfQuery());
  return row?.as_of_date ?? null;
}

/**
 * The two CTEs every analysis starts from, for a `WITH` clause: `transactions_as_of` (rows dated up to and
 * including the as-of date, purchases and refunds) and `purchases` (those with amount ≥ 0).
 */
export function asOfCtes(asOfDate: string): string {
  return `transactions_as_of AS NOT MATERIALIZED (
    SELECT * FROM transactions WHERE order_date <= ${dateLiteral(asOfDate)}
  ),
  purchases AS NOT MATERIALIZED (
    SELECT * FROM transactions_as_of WHERE amount >= 0
  )`;
}
