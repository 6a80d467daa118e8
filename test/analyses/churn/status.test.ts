import { buildRfmCustomersQuery } from "../../../src/analyses/rfm/customers-query";
import { defaultRfmOptions } from "../../../src/analyses/rfm/options";
import { beforeAll, describe, expect, it } from "vitest";
import { runCustomerList, runCustomerStatus, runThresholdEvidence } from "../../../src/analyses/churn/run";
import { testDatabase } from "../../helpers/db";
import { FIXTURE_ROWS, loadRows } from "./fixture";

const asOfDate = "2024-04-30";

describe("customer status at the as-of date on the hand-checked fixture", () => {
  beforeAll(async () => loadRows(await testDatabase(), FIXTURE_ROWS));

  it("applies churned > N, at risk > 0.75 N, new, reactivated, active with N = 30", async () => {
    const customers = await runCustomerList(await testDatabase(), { asOfDate, thresholdDays: 30 });
    expect(customers.map(({ customer_id, last_purchase, days_since, status, orders, revenue }) => [customer_id, last_purchase, days_since, status, orders, revenue])).toEqual([
      // back on 04-20 after 75 days (> 30); A4 of 05-03 is after the as-of date; 100 + 50 − 10 + 40
      ["A", "2024-04-20", 10, "reactivated", 3, 180],
      // exactly N = 30 days ago: NOT churned; 30 > 22.5 → at risk
      ["B", "2024-03-31", 30, "at_risk", 2, 90],
      // the refund of 04-25 does not move the last purchase (02-10): 80 days > 30; 80 − 5
      ["C", "2024-02-10", 80, "churned", 1, 75],
      ["D", "2024-04-02", 28, "at_risk", 2, 45], // 28 > 22.5
      ["E", "2024-04-28", 2, "new", 1, 0], // first purchase 2 days ago (zero value is still a purchase)
      ["F", "2024-04-15", 15, "reactivated", 2, 25], // back after 101 days
      ["G", "2024-04-25", 5, "active", 3, 15], // first purchase 41 days ago, gaps 21 and 15
      ["H", "2024-03-30", 31, "churned", 1, 90], // one day over N
      // R has only a refund: not a customer
    ]);
  });

  it("counts customers and revenue per status and lists at-risk and recently churned customers by value", async () => {
    const { summary, winBack } = await runCustomerStatus(await testDatabase(), { asOfDate, thresholdDays: 30 });
    expect(summary).toEqual([
      { status: "new", customers: 1, revenue: 0 }, // E
      { status: "active", customers: 1, revenue: 15 }, // G
      { status: "reactivated", customers: 2, revenue: 205 }, // A 180 + F 25
      { status: "at_risk", customers: 2, revenue: 135 }, // B 90 + D 45
      { status: "churned", customers: 2, revenue: 165 }, // C 75 + H 90
    ]);
    // C churned 80 days ago, more than 2N = 60: no longer "recently"; B and H tie at 90 → by customer id
    // Each row carries the customer's segment in the RFM view's default scheme at the same as-of date.
    const rfm = await runRfmSegmentsByCustomer(asOfDate);
    expect(winBack.map((row) => [row.customer_id, row.list, row.revenue, row.rfm_segment])).toEqual([
      ["B", "at_risk", 90, rfm.get("B")],
      ["H", "recently_churned", 90, rfm.get("H")],
      ["D", "at_risk", 45, rfm.get("D")],
    ]);
    expect(winBack.every((row) => typeof row.rfm_segment === "string")).toBe(true);
  });

  it("moves the boundaries with N = 40: 30 days is not at risk (30 > 0.75 × 40 is false), 80 = 2N is still recent", async () => {
    const { summary, winBack } = await runCustomerStatus(await testDatabase(), { asOfDate, thresholdDays: 40 });
    expect(summary.map((row) => [row.status, row.customers, row.revenue])).toEqual([
      ["new", 1, 0], // E
      ["active", 2, 60], // D (gap 32 ≤ 40) 45 + G 15
      ["reactivated", 3, 295], // A 180, B 90 (back on 03-31, 30 days ago, after 71 days), F 25
      ["at_risk", 1, 90], // H: 31 > 30
      ["churned", 1, 75], // C: 80 > 40
    ]);
    expect(winBack.map((row) => [row.customer_id, row.list])).toEqual([
      ["H", "at_risk"],
      ["C", "recently_churned"],
    ]);
  });

  it("derives the default threshold as the 90th percentile (nearest rank) of days between purchase days", async () => {
    const threshold = await runThresholdEvidence(await testDatabase(), { asOfDate });
    // gaps: A 26, 75; B 71; D 32; F 101; G 21, 15 → sorted 15 21 26 32 71 75 101; rank ceil(0.9 × 7) = 7 → 101
    expect(threshold).toMatchObject({ gap_count: 7, percentile_days: 101, default_days: 101 });
    expect(threshold.gap_distribution).toEqual([15, 21, 26, 32, 71, 75, 101].map((gap_days) => ({ gap_days, gaps: 1 })));
    const { summary } = await runCustomerStatus(await testDatabase(), { asOfDate, thresholdDays: threshold.default_days });
    // N = 101, 0.75 N = 75.75; first purchase ≤ 101 days before 04-30 (on or after 01-20) → new
    expect(summary.map((row) => [row.status, row.customers])).toEqual([
      ["new", 5], // B (first 01-20: exactly 101 days), D (60), E (2), G (41), H (31)
      ["active", 2], // A (first 111 days ago, gaps 26, 75), F (gap of 101 is not more than 101)
      ["reactivated", 0],
      ["at_risk", 1], // C: 80 > 75.75
      ["churned", 0],
    ]);
  });

  it("takes rank 63 of 70 gaps (90 % of 70 is exactly 63, not the 64 floating point would give)", async () => {
    const db = await testDatabase();
    // customer T buys on day 0 and then after gaps of 1, 2, …, 70 days: purchase k is on day k(k + 1)/2
    await db.exec(`CREATE OR REPLACE TABLE transactions AS
      SELECT 'gaps' AS source, k::INTEGER AS source_row, 'T' AS customer_id, 'T' || k AS order_id,
        CAST(DATE '2020-01-01' + (k * (k + 1) // 2)::INTEGER AS DATE) AS order_date, NULL::TIMESTAMP AS order_ts, 1.0::DOUBLE AS amount,
        NULL::DOUBLE AS quantity, NULL::DOUBLE AS unit_price, NULL AS product, NULL AS category, NULL AS channel, NULL AS region
      FROM range(0, 71) AS r(k)`);
    const threshold = await runThresholdEvidence(db, { asOfDate: "2030-01-01" });
    expect(threshold).toMatchObject({ gap_count: 70, percentile_days: 63, default_days: 63 });
    await loadRows(db, FIXTURE_ROWS);
  });

  it("falls back to 90 days when nobody bought on two different days", async () => {
    const db = await testDatabase();
    await loadRows(db, "('one', 1, 'X', 'X1', DATE '2024-01-01', 10), ('one', 2, 'X', 'X2', DATE '2024-01-01', 5)");
    const threshold = await runThresholdEvidence(db, { asOfDate: "2024-06-01" });
    expect(threshold).toEqual({ gap_count: 0, percentile_days: null, default_days: 90, gap_distribution: [] });
    await loadRows(db, FIXTURE_ROWS);
  });

  it("refuses a threshold that is not a whole number of days", async () => {
    await expect(runCustomerStatus(await testDatabase(), { asOfDate, thresholdDays: 1.5 })).rejects.toThrow(/threshold/);
    await expect(runCustomerStatus(await testDatabase(), { asOfDate, thresholdDays: 0 })).rejects.toThrow(/threshold/);
  });
});

async function runRfmSegmentsByCustomer(asOfDate: string): Promise<Map<string, string>> {
  const rows = await (await testDatabase()).query<{ customer_id: string; segment: string }>(buildRfmCustomersQuery(defaultRfmOptions(asOfDate)));
  return new Map(rows.map((row) => [row.customer_id, row.segment]));
}
