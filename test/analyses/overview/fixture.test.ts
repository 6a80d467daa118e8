import { beforeAll, describe, expect, it } from "vitest";
import { defaultAsOfDate } from "../../../src/analyses/as-of";
import { runOverview } from "../../../src/analyses/overview/run";
import { testDatabase } from "../../helpers/db";
import { createTransactionsTable, replaceTransactions } from "../transactions-table";

// As-of 2024-04-30. Customers A (3 purchase days, one refund), B (one zero-value purchase),
// C (one order of two rows), D (refund only), E (only after the as-of date). February is empty.
const fixtureRows = `
  ('fixture',  1, 'A', 'A1', DATE '2024-01-05', 100),
  ('fixture',  2, 'A', 'A2', DATE '2024-01-15',  30),
  ('fixture',  3, 'A', 'A3', DATE '2024-03-20',  20),
  ('fixture',  4, 'A', 'A2', DATE '2024-03-25', -30),
  ('fixture',  5, 'B', 'B1', DATE '2024-01-20',   0),
  ('fixture',  6, 'C', 'C1', DATE '2024-04-10',  80),
  ('fixture',  7, 'C', 'C1', DATE '2024-04-10',  40),
  ('fixture',  8, 'D', 'D1', DATE '2024-03-10', -25),
  ('fixture',  9, 'E', 'E1', DATE '2024-05-03',  60)`;

describe("Overview on a hand-checked fixture", () => {
  beforeAll(async () => {
    const db = await testDatabase();
    await replaceTransactions(db, fixtureRows);
  });

  it("computes every metric as worked out by hand", async () => {
    const { metrics } = await runOverview(await testDatabase(), { asOfDate: "2024-04-30" });
    expect(metrics).toEqual({
      as_of_date: "2024-04-30",
      customers: 3, // A, B, C; D has only a refund, E buys after the as-of date
      orders: 5, // A1, A2, A3, B1, C1 (the refund row of A2 is no order)
      revenue: 215, // 100 + 30 + 20 − 30 + 0 + 80 + 40 − 25
      average_order_value: 43, // 215 / 5
      orders_per_customer: 5 / 3,
      repeat_customers: 1, // A
      repeat_purchase_rate: 1 / 3,
      median_days_between_purchases: 37.5, // A's gaps: 01-05→01-15 = 10, 01-15→03-20 = 65 (leap February)
      repeat_customer_revenue: 120, // A: 100 + 30 + 20 − 30
      repeat_customer_revenue_share: 120 / 215,
      refund_rows: 2,
      refunded_amount: 55, // 30 + 25
      refund_only_customers: 1, // D
      first_purchase_date: "2024-01-05",
      last_purchase_date: "2024-04-10", // the refund of 03-25 and E's 05-03 do not count
    });
  });

  it("lists every month up to the as-of month, empty ones with zeros", async () => {
    const { monthly } = await runOverview(await testDatabase(), { asOfDate: "2024-04-30" });
    expect(monthly).toEqual([
      // January: A1, A2, B1 = 100 + 30 + 0; A and B buy for the first time
      { month: "2024-01-01", revenue: 130, active_customers: 2, orders: 3, new_customers: 2, is_partial: false },
      { month: "2024-02-01", revenue: 0, active_customers: 0, orders: 0, new_customers: 0, is_partial: false },
      // March: A3 = 20, A's refund −30, D's refund −25; only A purchases
      { month: "2024-03-01", revenue: -35, active_customers: 1, orders: 1, new_customers: 0, is_partial: false },
      // April: C1 = 80 + 40, C's first purchase
      { month: "2024-04-01", revenue: 120, active_customers: 1, orders: 1, new_customers: 1, is_partial: false },
    ]);
  });

  it("includes the as-of day itself and marks its month partial", async () => {
    const { metrics, monthly } = await runOverview(await testDatabase(), { asOfDate: "2024-04-10" });
    expect(metrics.customers).toBe(3);
    expect(metrics.last_purchase_date).toBe("2024-04-10");
    expect(monthly.at(-1)).toMatchObject({ month: "2024-04-01", is_partial: true });
  });

  it("defaults the as-of date to the day after the last purchase", async () => {
    expect(await defaultAsOfDate(await testDatabase())).toBe("2024-05-04"); // E's purchase on 2024-05-03
  });
});

describe("Overview without data", () => {
  it("gives zeros and NULLs, no months and no default as-of date", async () => {
    const db = await testDatabase();
    await createTransactionsTable(db);
    const { metrics, monthly } = await runOverview(db, { asOfDate: "2024-04-30" });
    expect(metrics).toMatchObject({ customers: 0, orders: 0, revenue: 0, average_order_value: null, median_days_between_purchases: null, first_purchase_date: null });
    expect(monthly).toEqual([]);
    expect(await defaultAsOfDate(db)).toBeNull();
  });
});
