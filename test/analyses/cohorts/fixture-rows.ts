import type { Database } from "../../../src/engine/database";
import { replaceTransactions } from "../transactions-table";

/**
 * Monthly fixture, as-of 2024-03-10 (March is partial):
 * A: first buys in Nov 2023, buys in Dec (one order of two lines, then a refund), buys in Jan.
 * B: Nov 2023, skips December, returns in January, buys again in March.
 * C: a zero-value first purchase on 2023-12-31 (its cohort has revenue 0 in period 0), buys in Feb.
 * D: Jan 2024, refunded in full in February.
 * E: refund only (no cohort). F: buys only after the as-of date (no cohort).
 * G: a refund on 2023-12-28 before its first purchase on 2024-01-02.
 */
export const MONTHLY_FIXTURE = `
  ('fixture',  1, 'A', 'A1', DATE '2023-11-10', 100),
  ('fixture',  2, 'A', 'A2', DATE '2023-12-05',  30),
  ('fixture',  3, 'A', 'A2', DATE '2023-12-05',  20),
  ('fixture',  4, 'A', 'A2', DATE '2023-12-20', -20),
  ('fixture',  5, 'A', 'A3', DATE '2024-01-15',  30),
  ('fixture',  6, 'B', 'B1', DATE '2023-11-25',  40),
  ('fixture',  7, 'B', 'B2', DATE '2024-01-03',  60),
  ('fixture',  8, 'B', 'B3', DATE '2024-03-02',  10),
  ('fixture',  9, 'C', 'C1', DATE '2023-12-31',   0),
  ('fixture', 10, 'C', 'C2', DATE '2024-02-10',  25),
  ('fixture', 11, 'D', 'D1', DATE '2024-01-20',  80),
  ('fixture', 12, 'D', 'D1', DATE '2024-02-02', -80),
  ('fixture', 13, 'E', 'E1', DATE '2024-01-05', -10),
  ('fixture', 14, 'F', 'F1', DATE '2024-03-15',  70),
  ('fixture', 15, 'G', 'G0', DATE '2023-12-28',  -5),
  ('fixture', 16, 'G', 'G1', DATE '2024-01-02',  45)`;

/**
 * ISO weeks around New Year 2024/2025, as-of Wednesday 2025-01-08 (week 2025-W02 is partial).
 * 2024-12-23 is the Monday of 2024-W52; 2024-12-30 (a Monday) starts 2025-W01; 2025-01-06 starts 2025-W02.
 */
export const WEEKLY_FIXTURE = `
  ('weeks', 1, 'P', 'P1', DATE '2024-12-23', 10),
  ('weeks', 2, 'P', 'P2', DATE '2025-01-05', 20),
  ('weeks', 3, 'P', 'P3', DATE '2025-01-07',  5),
  ('weeks', 4, 'Q', 'Q1', DATE '2024-12-29', 30),
  ('weeks', 5, 'Q', 'Q2', DATE '2025-01-06', 40),
  ('weeks', 6, 'R', 'R1', DATE '2024-12-30', 50),
  ('weeks', 7, 'S', 'S1', DATE '2025-01-05', 60),
  ('weeks', 8, 'S', 'S2', DATE '2025-01-08',  0)`;

/** Replaces `transactions` with the given VALUES rows (source, source_row, customer_id, order_id, order_date, amount). */
export async function loadFixture(db: Database, values: string): Promise<void> {
  await replaceTransactions(db, values);
}
