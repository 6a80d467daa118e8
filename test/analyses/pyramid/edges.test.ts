import { describe, expect, it } from "vitest";
import { DEFAULT_TIER_PERCENTAGES } from "../../../src/analyses/pyramid/options";
import { runPyramid } from "../../../src/analyses/pyramid/run";
import { testDatabase } from "../../helpers/db";
import { createTransactionsTable } from "../transactions-table";

async function loadRows(rows: [customer: string, date: string, amount: number][]): Promise<void> {
  const db = await testDatabase();
  await createTransactionsTable(db);
  if (rows.length === 0) return;
  const values = rows.map(([customer, date, amount], index) => `('edge', ${index + 1}, '${customer}', 'o${index + 1}', DATE '${date}', ${amount})`);
  await db.exec(`INSERT INTO transactions (source, source_row, customer_id, order_id, order_date, amount) VALUES ${values.join(", ")}`);
}

const tierCounts = (result: Awaited<ReturnType<typeof runPyramid>>) => Object.fromEntries(result.tiers.map((tier) => [tier.tier, tier.customers]));

describe("the default 365-day window", () => {
  it("runs from as-of − 364 to the as-of date; the previous window is the 365 days before", async () => {
    // As-of 2024-12-31 (2024 is a leap year): current 2024-01-02..12-31, previous 2023-01-02..2024-01-01.
    await loadRows([
      ["b1", "2024-01-02", 10], // first day of the window
      ["b2", "2024-01-01", 20], // last day of the previous window
      ["b3", "2023-01-02", 30], // first day of the previous window
      ["b4", "2023-01-01", 40], // before both windows
      ["b5", "2024-12-31", 50], // the as-of day
    ]);
    const result = await runPyramid(await testDatabase(), { asOfDate: "2024-12-31", windowDays: 365, tierRule: DEFAULT_TIER_PERCENTAGES });
    expect(result.summary).toMatchObject({
      window_start: "2024-01-02",
      window_end: "2024-12-31",
      previous_window_start: "2023-01-02",
      previous_window_end: "2024-01-01",
      customers_in_window: 2,
      inactive_customers: 3,
    });
    // n = 2: cut-offs ceil(0.02) = 1, ceil(0.1) = 1, ceil(0.4) = 1 → b5 top, b1 small.
    expect(tierCounts(result)).toEqual({ top: 1, big: 0, medium: 0, small: 1, inactive: 3 });
    // Previous n = 2 (b2 20, b3 30): b3 top, b2 small.
    expect(result.migration?.map(({ from_tier, to_tier, customers }) => [from_tier, to_tier, customers])).toEqual([
      ["new", "top", 1], // b5
      ["new", "small", 1], // b1
      ["top", "lost", 1], // b3
      ["small", "lost", 1], // b2
      ["inactive", "inactive", 1], // b4
    ]);
  });
});

describe("percentage cut-offs", () => {
  it("keeps the top tier non-empty with fewer than 100 customers (ceil)", async () => {
    await loadRows([
      ["x", "2024-03-01", 30],
      ["y", "2024-03-01", 20],
      ["z", "2024-03-01", 10],
    ]);
    const result = await runPyramid(await testDatabase(), { asOfDate: "2024-03-31", windowDays: 365, tierRule: DEFAULT_TIER_PERCENTAGES });
    // n = 3: ceil(0.03) = 1, ceil(0.15) = 1, ceil(0.6) = 1.
    expect(result.summary).toMatchObject({ top_cutoff: 1, big_cutoff: 1, medium_cutoff: 1 });
    expect(tierCounts(result)).toEqual({ top: 1, big: 0, medium: 0, small: 2, inactive: 0 });
    // 0.8 × 60 = 48: x + y = 50 reach it, so 2 of 3 customers make 80 %.
    expect(result.summary).toMatchObject({ customers_for_80: 2, customer_share_for_80: 2 / 3, top_20_revenue_share: 0.5 });
    // Gini = (Σᵢ Σⱼ |xᵢ − xⱼ|) / (2 n² x̄) = 2 × (10 + 20 + 10) / (2 × 9 × 20) = 80 / 360.
    expect(result.summary.gini).toBeCloseTo(80 / 360, 12);
  });

  it("computes ceil(p × n) exactly: 7 % of 100 customers is 7, not ceil(7.000000000000001) = 8", async () => {
    expect(Math.ceil(0.07 * 100)).toBe(8); // the floating-point trap the SQL avoids
    await loadRows(Array.from({ length: 100 }, (_, index) => [`r${String(index + 1).padStart(3, "0")}`, "2024-03-01", index + 1]));
    const result = await runPyramid(await testDatabase(), {
      asOfDate: "2024-03-31",
      windowDays: "all",
      tierRule: { kind: "percentages", top: 7, big: 14, medium: 29 },
    });
    expect(result.summary).toMatchObject({ top_cutoff: 7, big_cutoff: 14, medium_cutoff: 29 });
    expect(tierCounts(result)).toEqual({ top: 7, big: 7, medium: 15, small: 71, inactive: 0 });
    // Top: 100 + 99 + … + 94 = 679.
    expect(result.tiers[0]).toMatchObject({ revenue: 679, revenue_share: 679 / 5050, min_revenue: 94 });
  });

  it("accepts percentages with two decimals: 2.5 % of 40 is 1", async () => {
    await loadRows(Array.from({ length: 40 }, (_, index) => [`s${String(index + 1).padStart(2, "0")}`, "2024-03-01", 100 - index]));
    const result = await runPyramid(await testDatabase(), {
      asOfDate: "2024-03-31",
      windowDays: "all",
      tierRule: { kind: "percentages", top: 2.5, big: 12.25, medium: 50 },
    });
    // ceil(0.025 × 40) = 1, ceil(0.1225 × 40) = ceil(4.9) = 5, ceil(0.5 × 40) = 20.
    expect(tierCounts(result)).toEqual({ top: 1, big: 4, medium: 15, small: 20, inactive: 0 });
  });
});

describe("absolute spend thresholds", () => {
  it("puts a customer exactly on a threshold in the higher tier (teacher's example 58,900 / 19,000 / 4,820)", async () => {
    await loadRows([
      ["t1", "2024-03-01", 58_900], // exactly on the VIP threshold
      ["t2", "2024-03-01", 58_899.99],
      ["t3", "2024-03-01", 19_000],
      ["t4", "2024-03-01", 4_820],
      ["t5", "2024-03-01", 4_819],
      ["t6", "2024-03-01", 100],
      ["t6", "2024-03-02", -300], // net −200: the bottom of Small
    ]);
    const result = await runPyramid(await testDatabase(), {
      asOfDate: "2024-03-31",
      windowDays: 365,
      tierRule: { kind: "thresholds", top: 58_900, big: 19_000, medium: 4_820 },
    });
    expect(tierCounts(result)).toEqual({ top: 1, big: 2, medium: 1, small: 2, inactive: 0 });
    expect(result.tiers[3]).toMatchObject({ revenue: 4_619, min_revenue: -200, first_rank: 5, last_rank: 6 });
    expect(result.summary).toMatchObject({ top_cutoff: null, big_cutoff: null, medium_cutoff: null, negative_customers: 1, negative_revenue: -200 });
  });
});

describe("no data", () => {
  it("gives empty tiers, no Gini and Pareto shares of NULL", async () => {
    await loadRows([]);
    const result = await runPyramid(await testDatabase(), { asOfDate: "2024-03-31", windowDays: 365, tierRule: DEFAULT_TIER_PERCENTAGES });
    expect(tierCounts(result)).toEqual({ top: 0, big: 0, medium: 0, small: 0, inactive: 0 });
    expect(result.summary).toMatchObject({ customers_in_window: 0, revenue: 0, gini: null, customers_for_80: null, top_20_revenue_share: null, top_cutoff: 0 });
    expect(result.pareto[0]).toEqual({ percent_of_customers: 1, customers: 0, revenue_share: null });
    expect(result.migration).toEqual([]);
  });
});
