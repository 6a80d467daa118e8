import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/engine/database";
import { DEFAULT_TIER_PERCENTAGES, type PyramidOptions } from "../../../src/analyses/pyramid/options";
import { pyramidCliOutput } from "../../../src/analyses/pyramid/cli-output";
import { runPyramid, runPyramidCustomers } from "../../../src/analyses/pyramid/run";
import type { PyramidResult } from "../../../src/analyses/pyramid/types";
import { testDatabase } from "../../helpers/db";
import { replaceTransactions } from "../transactions-table";

// As-of 2024-06-30, window 30 days: current 2024-06-01..06-30, previous 2024-05-02..05-31.
const row = (id: string, date: string, amount: number) => `('fixture', 0, '${id}', '${id}-${date}-${amount}', DATE '${date}', ${amount})`;
const fixtureRows = [
  // current window
  row("c01", "2024-06-05", 500),
  row("c02", "2024-06-06", 500), // ties with c01 at the top cut-off: c01 wins on customer_id
  row("c03", "2024-06-07", 300),
  row("c04", "2024-06-08", 200),
  row("c05", "2024-06-09", 100),
  row("c06", "2024-06-01", 100), // first day of the window; ties with c05 at the medium cut-off
  row("c07", "2024-06-30", 10), // the as-of day itself
  ...["c08", "c09", "c10", "c11", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19", "c20"].map((id) => row(id, "2024-06-15", 10)),
  row("c21", "2024-06-10", 20),
  row("c21", "2024-06-12", -60), // refunds May's order: net −40 in the window
  row("c23", "2024-06-15", -15), // refund by a customer without a purchase in the window
  row("c24", "2024-06-20", -25), // refund only, never a purchase: in no tier
  row("c25", "2024-07-05", 70), // after the as-of date: ignored
  // previous window
  row("c02", "2024-05-20", 800),
  row("c01", "2024-05-20", 300),
  row("c03", "2024-05-02", 100), // first day of the previous window
  row("c21", "2024-05-20", 60),
  row("c22", "2024-05-31", 40), // last day of the previous window, nothing since: lost
  row("c04", "2024-05-20", 30),
  row("c10", "2024-05-20", 20),
  row("c11", "2024-05-20", 20),
  row("c12", "2024-05-20", 20),
  row("c13", "2024-05-20", 5),
  // before the previous window
  row("c05", "2024-05-01", 80),
  row("c23", "2024-01-10", 90),
];

const options: PyramidOptions = { asOfDate: "2024-06-30", windowDays: 30, tierRule: DEFAULT_TIER_PERCENTAGES };

/** Gini as the mean absolute difference over twice the mean: Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄). */
function meanDifferenceGini(values: number[]): number {
  const total = values.reduce((sum, value) => sum + value, 0);
  const differences = values.reduce((sum, a) => sum + values.reduce((inner, b) => inner + Math.abs(a - b), 0), 0);
  return differences / (2 * values.length * total);
}

describe("Pyramid on a hand-checked fixture (21 customers in the window)", () => {
  let db: Database;
  let result: PyramidResult;

  beforeAll(async () => {
    db = await testDatabase();
    await replaceTransactions(db, fixtureRows.join(",\n"));
    result = await runPyramid(db, options);
  });

  it("cuts at ceil(0.01 × 21) = 1, ceil(0.05 × 21) = 2, ceil(0.20 × 21) = 5, ties by customer_id", () => {
    expect(result.tiers).toEqual([
      // rank 1: c01 500 (c02 has 500 too, but 'c01' < 'c02')
      { tier: "top", customers: 1, revenue: 500, revenue_share: 500 / 1800, avg_revenue: 500, first_rank: 1, last_rank: 1, min_revenue: 500, max_revenue: 500 },
      { tier: "big", customers: 1, revenue: 500, revenue_share: 500 / 1800, avg_revenue: 500, first_rank: 2, last_rank: 2, min_revenue: 500, max_revenue: 500 },
      // ranks 3–5: c03 300 + c04 200 + c05 100 (c06 also has 100 but sorts after c05)
      { tier: "medium", customers: 3, revenue: 600, revenue_share: 600 / 1800, avg_revenue: 200, first_rank: 3, last_rank: 5, min_revenue: 100, max_revenue: 300 },
      // ranks 6–21: c06 100 + 14 × 10 (c07..c20) + c21 (20 − 60 = −40) = 200
      { tier: "small", customers: 16, revenue: 200, revenue_share: 200 / 1800, avg_revenue: 12.5, first_rank: 6, last_rank: 21, min_revenue: -40, max_revenue: 100 },
      // c22 (bought 05-31 only) and c23 (bought in January; refunded 15 in the window)
      { tier: "inactive", customers: 2, revenue: -15, revenue_share: -15 / 1800, avg_revenue: -7.5, first_rank: null, last_rank: null, min_revenue: null, max_revenue: null },
    ]);
  });

  it("summarises the window, the negative customer and the concentration", () => {
    // Counted revenue (negatives as 0), by rank: 500, 500, 300, 200, 100, 100, 10 × 14, 0 → Σ = 1840.
    // Σ rank × value = 500 + 1000 + 900 + 800 + 500 + 600 + 10 × (7 + … + 20 = 189) = 6190.
    // Gini = (n + 1 − 2 × 6190 / 1840) / n = (22 × 1840 − 12380) / (21 × 1840) = 28100 / 38640.
    expect(result.summary).toEqual({
      as_of_date: "2024-06-30",
      window_start: "2024-06-01",
      window_end: "2024-06-30",
      previous_window_start: "2024-05-02",
      previous_window_end: "2024-05-31",
      customers_in_window: 21,
      revenue: 1800,
      inactive_customers: 2,
      negative_customers: 1,
      negative_revenue: -40,
      top_cutoff: 1,
      big_cutoff: 2,
      medium_cutoff: 5,
      gini: expect.closeTo(28100 / 38640, 12),
      customers_for_80: 4, // 500 + 500 + 300 + 200 = 1500 ≥ 0.8 × 1840 = 1472; three make only 1300
      customer_share_for_80: 4 / 21,
      top_20_revenue_share: 1600 / 1840, // the top ceil(0.2 × 21) = 5
    });
    const counted = [500, 500, 300, 200, 100, 100, ...Array<number>(14).fill(10), 0];
    expect(result.summary.gini).toBeCloseTo(meanDifferenceGini(counted), 12);
  });

  it("gives the Pareto curve at ceil(p × 21 / 100) customers, negatives counted as 0", () => {
    expect(result.pareto).toHaveLength(100);
    const at = (percent: number) => result.pareto.find((point) => point.percent_of_customers === percent);
    expect(at(1)).toEqual({ percent_of_customers: 1, customers: 1, revenue_share: 500 / 1840 });
    expect(at(20)).toEqual({ percent_of_customers: 20, customers: 5, revenue_share: 1600 / 1840 });
    expect(at(50)).toEqual({ percent_of_customers: 50, customers: 11, revenue_share: 1750 / 1840 }); // + c06 100 + 5 × 10
    expect(at(95)).toEqual({ percent_of_customers: 95, customers: 20, revenue_share: 1 }); // c21 adds nothing
    expect(at(100)).toEqual({ percent_of_customers: 100, customers: 21, revenue_share: 1 });
  });

  it("counts the migration from the previous window (10 customers: cut-offs 1, 1, 2)", () => {
    // Previous ranks: c02 800 (top), c01 300 (medium), then small: c03 100, c21 60, c22 40, c04 30, c10–c12 20, c13 5.
    expect(result.migration).toEqual([
      // c06–c09, c14–c20 bought for the first time in June: 100 + 3 × 10 + 7 × 10
      { from_tier: "new", to_tier: "small", customers: 11, previous_revenue: 0, revenue: 200 },
      { from_tier: "top", to_tier: "big", customers: 1, previous_revenue: 800, revenue: 500 }, // c02 moved down
      { from_tier: "medium", to_tier: "top", customers: 1, previous_revenue: 300, revenue: 500 }, // c01
      { from_tier: "small", to_tier: "medium", customers: 2, previous_revenue: 130, revenue: 500 }, // c03, c04
      { from_tier: "small", to_tier: "small", customers: 5, previous_revenue: 125, revenue: 0 }, // c10–c13, c21
      { from_tier: "small", to_tier: "lost", customers: 1, previous_revenue: 40, revenue: 0 }, // c22
      { from_tier: "inactive", to_tier: "medium", customers: 1, previous_revenue: 0, revenue: 100 }, // c05, last seen 05-01
      { from_tier: "inactive", to_tier: "inactive", customers: 1, previous_revenue: 0, revenue: -15 }, // c23
    ]);
  });

  it("lists the customers of a migration cell and of a tier", async () => {
    expect(await runPyramidCustomers(db, options, { from: "small", to: "lost" })).toEqual([
      {
        customer_id: "c22",
        tier: "inactive",
        revenue_rank: null,
        revenue: 0,
        from_tier: "small",
        to_tier: "lost",
        previous_rank: 5,
        previous_revenue: 40,
        first_purchase_date: "2024-05-31",
        last_purchase_date: "2024-05-31",
      },
    ]);
    const medium = await runPyramidCustomers(db, options, { tier: "medium" });
    expect(medium.map((customer) => [customer.customer_id, customer.revenue_rank, customer.from_tier])).toEqual([
      ["c03", 3, "small"],
      ["c04", 4, "small"],
      ["c05", 5, "inactive"],
    ]);
    const small = await runPyramidCustomers(db, options, { tier: "small" });
    expect(small.at(-1)).toMatchObject({ customer_id: "c21", revenue_rank: 21, revenue: -40, previous_revenue: 60 });
  });

  it("gives the command line the fields of the issue: tiers, pareto, gini, migration", () => {
    const output = pyramidCliOutput(result);
    expect(output.tiers[0]).toEqual({ tier: "top", customers: 1, revenue: 500, revenue_share: 500 / 1800, avg_revenue: 500 });
    expect(output.pareto).toHaveLength(100);
    expect(output.pareto[19]).toEqual({ percent_of_customers: 20, customers: 5, revenue_share: 1600 / 1840 });
    expect(output.gini).toBe(result.summary.gini);
    expect(output.migration?.[1]).toEqual({ from: "top", to: "big", customers: 1 });
  });

  it("over all time ranks the 23 customers with a purchase and has no Inactive tier and no migration", async () => {
    const allTime = await runPyramid(db, { ...options, windowDays: "all" });
    // Net all-time revenue: c02 1300, c01 800 | c03 400, c04 230, c05 180 | the other 18 sum to 440.
    // Cut-offs: ceil(0.23) = 1, ceil(1.15) = 2, ceil(4.6) = 5.
    expect(allTime.tiers.map(({ tier, customers, revenue }) => ({ tier, customers, revenue }))).toEqual([
      { tier: "top", customers: 1, revenue: 1300 },
      { tier: "big", customers: 1, revenue: 800 },
      { tier: "medium", customers: 3, revenue: 810 },
      { tier: "small", customers: 18, revenue: 440 },
      { tier: "inactive", customers: 0, revenue: 0 },
    ]);
    expect(allTime.summary).toMatchObject({ window_start: null, previous_window_start: null, customers_in_window: 23, revenue: 3350, negative_customers: 0 });
    expect(allTime.migration).toBeNull();
  });
});
