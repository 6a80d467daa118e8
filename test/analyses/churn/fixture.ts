import type { Database } from "../../../src/engine/database";
import { replaceTransactions } from "../transactions-table";

// Purchases of customers A–H and a refund-only customer R; one row (A4) after the as-of date 2024-04-30.
// Months: Jan A B F · Feb A C · Mar B D G H (A's refund is no purchase) · Apr A D E F G.
export const FIXTURE_ROWS = `
  ('fixture',  1, 'A', 'A1', DATE '2024-01-10', 100),
  ('fixture',  2, 'A', 'A2', DATE '2024-02-05',  50),
  ('fixture',  3, 'A', 'A2', DATE '2024-03-15', -10),
  ('fixture',  4, 'A', 'A3', DATE '2024-04-20',  40),
  ('fixture',  5, 'A', 'A4', DATE '2024-05-03',  70),
  ('fixture',  6, 'B', 'B1', DATE '2024-01-20',  30),
  ('fixture',  7, 'B', 'B2', DATE '2024-03-31',  60),
  ('fixture',  8, 'C', 'C1', DATE '2024-02-10',  80),
  ('fixture',  9, 'C', 'C1', DATE '2024-04-25',  -5),
  ('fixture', 10, 'D', 'D1', DATE '2024-03-01',  20),
  ('fixture', 11, 'D', 'D2', DATE '2024-04-02',  25),
  ('fixture', 12, 'E', 'E1', DATE '2024-04-28',   0),
  ('fixture', 13, 'F', 'F1', DATE '2024-01-05',  10),
  ('fixture', 14, 'F', 'F2', DATE '2024-04-15',  15),
  ('fixture', 15, 'G', 'G1', DATE '2024-03-20',   5),
  ('fixture', 16, 'G', 'G2', DATE '2024-04-10',   5),
  ('fixture', 17, 'G', 'G3', DATE '2024-04-25',   5),
  ('fixture', 18, 'H', 'H1', DATE '2024-03-30',  90),
  ('fixture', 19, 'R', 'R1', DATE '2024-02-15', -20)`;

/** Replaces `transactions` with the given `(source, source_row, customer_id, order_id, order_date, amount)` tuples. */
export async function loadRows(db: Database, rows: string): Promise<void> {
  await replaceTransactions(db, rows);
}
