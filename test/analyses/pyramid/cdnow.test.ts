import { beforeAll, describe, expect, it } from "vitest";
import { defaultAsOfDate } from "../../../src/analyses/as-of";
import type { Database } from "../../../src/engine/database";
import { DEFAULT_TIER_PERCENTAGES } from "../../../src/analyses/pyramid/options";
import { runPyramid } from "../../../src/analyses/pyramid/run";
import { testDatabase } from "../../helpers/db";
import { cdnowLines, loadCdnowSample } from "../../helpers/cdnow";

const lines = cdnowLines;

type Ranked = { id: string; revenue: number; tier: string };

/** Customers who bought in [from, to] (YYYYMMDD), ranked by net revenue descending, ties by id, with their tier. */
function rankWindow(from: string, to: string): Ranked[] {
  const revenue = new Map<string, number>();
  for (const line of lines) {
    if (line.day >= from && line.day <= to) revenue.set(line.sampleId, (revenue.get(line.sampleId) ?? 0) + line.dollars);
  }
  const ranked = [...revenue].map(([id, total]) => ({ id, revenue: total })).sort((a, b) => b.revenue - a.revenue || (a.id < b.id ? -1 : 1));
  const n = ranked.length;
  // Integer percentages: p × n / 100 is exact before the ceiling.
  const [top, big, medium] = [1, 5, 20].map((percent) => Math.ceil((percent * n) / 100)) as [number, number, number];
  return ranked.map((customer, index) => ({
    ...customer,
    tier: index < top ? "top" : index < big ? "big" : index < medium ? "medium" : "small",
  }));
}

function tierSums(ranked: Ranked[]) {
  const total = ranked.reduce((sum, customer) => sum + customer.revenue, 0);
  return ["top", "big", "medium", "small"].map((tier) => {
    const members = ranked.filter((customer) => customer.tier === tier);
    const revenue = members.reduce((sum, customer) => sum + customer.revenue, 0);
    return { tier, customers: members.length, revenue, revenue_share: revenue / total };
  });
}

/** Gini as Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄), via the sorted form Σᵢ (2i − n − 1) xᵢ / (n Σ x) with x ascending. */
function gini(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return sorted.reduce((sum, value, index) => sum + (2 * (index + 1) - n - 1) * value, 0) / (n * total);
}

describe("Pyramid on the CDNOW sample (2,357 customers, first purchases in Q1 1997)", () => {
  let db: Database;

  beforeAll(async () => {
    db = await testDatabase();
    await loadCdnowSample(db);
    expect(await defaultAsOfDate(db)).toBe("1998-07-01");
  });

  it("matches tiers, Gini, Pareto and migration recomputed in JS for the last 365 days", async () => {
    const result = await runPyramid(db, { asOfDate: "1998-07-01", windowDays: 365, tierRule: DEFAULT_TIER_PERCENTAGES });
    const current = rankWindow("19970702", "19980701");
    const previous = rankWindow("19960702", "19970701");
    const n = current.length;

    expect(result.summary).toMatchObject({ window_start: "1997-07-02", previous_window_end: "1997-07-01", customers_in_window: n, inactive_customers: 2357 - n });
    expect(previous).toHaveLength(2357); // everybody's first purchase is in the previous window
    const expectedTiers = tierSums(current);
    expectedTiers.forEach((expected, index) => {
      const actual = result.tiers[index];
      expect(actual).toMatchObject({ tier: expected.tier, customers: expected.customers });
      expect(actual?.revenue).toBeCloseTo(expected.revenue, 6);
      expect(actual?.revenue_share).toBeCloseTo(expected.revenue_share, 12);
    });
    expect(result.tiers[4]).toMatchObject({ tier: "inactive", customers: 2357 - n, revenue: 0 });

    expect(result.summary.gini).toBeCloseTo(gini(current.map((customer) => customer.revenue)), 12);
    const total = current.reduce((sum, customer) => sum + customer.revenue, 0);
    const cumulative = current.map(((running) => (customer: Ranked) => (running += customer.revenue))(0));
    expect(result.summary.customers_for_80).toBe(cumulative.findIndex((value) => value >= 0.8 * total) + 1);
    for (const point of result.pareto) {
      const customers = Math.ceil((point.percent_of_customers * n) / 100);
      expect(point.customers).toBe(customers);
      expect(point.revenue_share).toBeCloseTo((cumulative[customers - 1] ?? NaN) / total, 12);
    }

    const previousTier = new Map(previous.map((customer) => [customer.id, customer.tier]));
    const currentTier = new Map(current.map((customer) => [customer.id, customer.tier]));
    const counts = new Map<string, number>();
    for (const [id, from] of previousTier) {
      const key = `${from}→${currentTier.get(id) ?? "lost"}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(new Map(result.migration?.map((cell) => [`${cell.from_tier}→${cell.to_tier}`, cell.customers]))).toEqual(counts);
  });

  it("ranks all 2,357 customers over all time with 24 / 118 / 472 cut-offs", async () => {
    const result = await runPyramid(db, { asOfDate: "1998-07-01", windowDays: "all", tierRule: DEFAULT_TIER_PERCENTAGES });
    const expectedTiers = tierSums(rankWindow("00000000", "99999999"));
    // ceil(23.57) = 24, ceil(117.85) = 118, ceil(471.4) = 472.
    expect(result.summary).toMatchObject({ customers_in_window: 2357, top_cutoff: 24, big_cutoff: 118, medium_cutoff: 472, inactive_customers: 0 });
    expect(result.tiers.map((tier) => tier.customers)).toEqual([24, 94, 354, 1885, 0]);
    expectedTiers.forEach((expected, index) => expect(result.tiers[index]?.revenue).toBeCloseTo(expected.revenue, 6));
    expect(result.migration).toBeNull();
  });
});
