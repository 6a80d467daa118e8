import { beforeAll, describe, expect, it } from "vitest";
import { pooledAttrition } from "../../../src/analyses/churn/pooled";
import { runGrowthAccounting } from "../../../src/analyses/churn/run";
import { testDatabase } from "../../helpers/db";
import { FIXTURE_ROWS, loadRows } from "./fixture";

describe("growth accounting and attrition per month on the hand-checked fixture", () => {
  beforeAll(async () => loadRows(await testDatabase(), FIXTURE_ROWS));

  it("classifies every buyer of a month as new, retained or resurrected, and counts the churned", async () => {
    const rows = await runGrowthAccounting(await testDatabase(), { asOfDate: "2024-04-30", period: "month" });
    const counts = rows.map(({ period, is_partial, active, new: newCustomers, retained, resurrected, churned, quick_ratio }) => ({
      period, is_partial, active, new: newCustomers, retained, resurrected, churned, quick_ratio,
    }));
    expect(counts).toEqual([
      // Jan: A, B, F all buy for the first time
      { period: "2024-01", is_partial: false, active: 3, new: 3, retained: 0, resurrected: 0, churned: 0, quick_ratio: null },
      // Feb: A again (retained), C new; B and F bought in Jan, not Feb → churned; (1 + 0) / 2
      { period: "2024-02", is_partial: false, active: 2, new: 1, retained: 1, resurrected: 0, churned: 2, quick_ratio: 0.5 },
      // Mar: D, G, H new; B returns after skipping Feb → resurrected; A's refund is no purchase → A, C churned; (3 + 1) / 2
      { period: "2024-03", is_partial: false, active: 4, new: 3, retained: 0, resurrected: 1, churned: 2, quick_ratio: 2 },
      // Apr: E new (a zero-value purchase); D, G retained; A (last bought Feb) and F (Jan) resurrected; B, H churned; (1 + 2) / 2
      // 2024-04-30 is April's last day, so April is complete; A's 05-03 purchase is after the as-of date
      { period: "2024-04", is_partial: false, active: 5, new: 1, retained: 2, resurrected: 2, churned: 2, quick_ratio: 1.5 },
    ]);
  });

  it("gives the attrition of a month as the share of its buyers who did not buy the next month", async () => {
    const rows = await runGrowthAccounting(await testDatabase(), { asOfDate: "2024-04-30", period: "month" });
    expect(rows.map(({ period, lost, attrition_rate, retention_rate }) => ({ period, lost, attrition_rate, retention_rate }))).toEqual([
      { period: "2024-01", lost: 2, attrition_rate: 2 / 3, retention_rate: 1 / 3 }, // of A, B, F only A buys in Feb
      { period: "2024-02", lost: 2, attrition_rate: 1, retention_rate: 0 }, // neither A nor C buys in Mar
      { period: "2024-03", lost: 2, attrition_rate: 0.5, retention_rate: 0.5 }, // of B, D, G, H: D, G buy in Apr
      { period: "2024-04", lost: null, attrition_rate: null, retention_rate: null }, // May is after the as-of date
    ]);
    // pooled: (2 + 2 + 2) lost of (3 + 2 + 4) customer-months
    expect(pooledAttrition(rows)).toEqual({ periods: 3, active: 9, lost: 6, attrition_rate: 6 / 9, first_period: "2024-01", last_period: "2024-03" });
  });

  it("splits net revenue the same way, churned revenue being what the lost customers spent the month before", async () => {
    const rows = await runGrowthAccounting(await testDatabase(), { asOfDate: "2024-04-30", period: "month" });
    expect(rows.map(({ period, revenue, new_revenue, retained_revenue, resurrected_revenue, churned_revenue, refunds_without_purchase, revenue_quick_ratio }) => ({
      period, revenue, new_revenue, retained_revenue, resurrected_revenue, churned_revenue, refunds_without_purchase, revenue_quick_ratio,
    }))).toEqual([
      // 100 + 30 + 10, all new
      { period: "2024-01", revenue: 140, new_revenue: 140, retained_revenue: 0, resurrected_revenue: 0, churned_revenue: 0, refunds_without_purchase: 0, revenue_quick_ratio: null },
      // A 50 + C 80 + R's refund −20; B and F had spent 30 + 10 in Jan; (80 + 0) / 40
      { period: "2024-02", revenue: 110, new_revenue: 80, retained_revenue: 50, resurrected_revenue: 0, churned_revenue: 40, refunds_without_purchase: -20, revenue_quick_ratio: 2 },
      // B 60 + D 20 + G 5 + H 90 + A's refund −10; A and C had spent 50 + 80 in Feb; (115 + 60) / 130
      { period: "2024-03", revenue: 165, new_revenue: 115, retained_revenue: 0, resurrected_revenue: 60, churned_revenue: 130, refunds_without_purchase: -10, revenue_quick_ratio: 175 / 130 },
      // A 40 + D 25 + E 0 + F 15 + G 5 + 5 + C's refund −5; B and H had spent 60 + 90 in Mar; (0 + 55) / 150
      { period: "2024-04", revenue: 85, new_revenue: 0, retained_revenue: 35, resurrected_revenue: 55, churned_revenue: 150, refunds_without_purchase: -5, revenue_quick_ratio: 55 / 150 },
    ]);
  });

  it("marks the as-of month partial and leaves the attrition of the month before it unknown", async () => {
    const rows = await runGrowthAccounting(await testDatabase(), { asOfDate: "2024-05-10", period: "month" });
    expect(rows.map((row) => [row.period, row.is_partial, row.lost])).toEqual([
      ["2024-01", false, 2],
      ["2024-02", false, 2],
      ["2024-03", false, 2],
      ["2024-04", false, null], // May is not over: who of April's buyers will still buy in May is not known
      ["2024-05", true, null],
    ]);
    // May so far: A (bought Apr) retained; D, E, F, G churned so far
    expect(rows.at(-1)).toMatchObject({ active: 1, retained: 1, churned: 4, revenue: 70 });
  });

  it("keeps the identities active = new + retained + resurrected and last active = retained + churned", async () => {
    const rows = await runGrowthAccounting(await testDatabase(), { asOfDate: "2024-05-10", period: "week" });
    rows.forEach((row, index) => {
      expect(row.new + row.retained + row.resurrected).toBe(row.active);
      if (index > 0) expect(row.retained + row.churned).toBe(rows[index - 1]?.active);
    });
  });

  it("returns no period before any data and when the as-of date precedes every row", async () => {
    expect(await runGrowthAccounting(await testDatabase(), { asOfDate: "2023-12-31", period: "month" })).toEqual([]);
  });
});
