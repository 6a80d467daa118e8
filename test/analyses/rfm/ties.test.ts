import { describe, expect, it } from "vitest";
import { runRfm, runRfmCustomers } from "../../../src/analyses/rfm/run";
import { defaultRfmOptions } from "../../../src/analyses/rfm/options";
import type { RfmCustomerRow } from "../../../src/analyses/rfm/types";
import { testDatabase } from "../../helpers/db";
import { loadFixture, type FixtureRow } from "./insert-rows";

const options = defaultRfmOptions("2024-07-01");
const byId = (list: RfmCustomerRow[]) => Object.fromEntries(list.map((row) => [row.customer_id, row]));

/** Mulberry32: a small seeded generator so the random fixture is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** DESIGN.md's score computed in JS: RANK() = 1 + the number of strictly smaller keys. */
function quantileScores(keys: number[]): number[] {
  return keys.map((key) => 1 + Math.floor((5 * keys.filter((other) => other < key).length) / keys.length));
}

describe("RFM ties", () => {
  it("gives equal money totals equal scores even when floating point would split them (0.1 + 0.2 vs 0.3)", async () => {
    const db = await testDatabase();
    await loadFixture(db, [
      ["X", "X1", "2024-06-01", 0.1],
      ["X", "X1", "2024-06-01", 0.2],
      ["Y", "Y1", "2024-06-01", 0.3],
      ["W", "W1", "2024-05-01", 1],
    ]);
    expect(0.1 + 0.2).not.toBe(0.3);
    const customers = byId(await runRfmCustomers(db, options));
    // X and Y tie on every measure: R rank 2 of 3 → 1 + floor(5/3) = 2; F all 1 → 1; M rank 1 → 1.
    expect([customers.X?.r_score, customers.X?.f_score, customers.X?.m_score]).toEqual([2, 1, 1]);
    expect([customers.Y?.r_score, customers.Y?.f_score, customers.Y?.m_score]).toEqual([2, 1, 1]);
    expect(customers.X?.monetary).toBe(0.3);
    expect(customers.X?.m_rank).toBe(customers.Y?.m_rank);
    // The mean monetary is (0.3 + 0.3 + 1) / 3 = 0.5333…: X and Y below, W above.
    expect([customers.X?.m_high, customers.Y?.m_high, customers.W?.m_high]).toEqual([false, false, true]);
  });

  it("gives identical customers score 1 everywhere and calls none of them above the mean", async () => {
    const db = await testDatabase();
    await loadFixture(db, [
      ["P", "P1", "2024-06-01", 10],
      ["Q", "Q1", "2024-06-01", 10],
      ["S", "S1", "2024-06-01", 10],
    ]);
    const customers = await runRfmCustomers(db, options);
    for (const row of customers) {
      expect(row).toMatchObject({ r_rank: 1, f_rank: 1, m_rank: 1, r_score: 1, f_score: 1, m_score: 1, fm_score: 1, segment: "lost" });
      expect(row).toMatchObject({ r_high: false, f_high: false, m_high: false, class8: "general_winback" });
    }
    const { scoreRanges } = await runRfm(db, options, "segments");
    expect(scoreRanges.filter((row) => row.customers > 0).map((row) => [row.measure, row.score, row.customers])).toEqual([
      ["recency", 1, 3],
      ["frequency", 1, 3],
      ["monetary", 1, 3],
    ]);
  });

  it("keeps customer ids as text and scores a customer whose refunds exceed its purchases", async () => {
    const db = await testDatabase();
    await loadFixture(db, [
      ["007", "o1", "2024-06-01", 50],
      ["7", "o2", "2024-06-01", 50],
      ["7", "o3", "2024-06-20", -80],
    ]);
    const customers = byId(await runRfmCustomers(db, options));
    expect(Object.keys(customers).sort()).toEqual(["007", "7"]);
    expect(customers["7"]).toMatchObject({ recency_days: 30, frequency: 1, monetary: -30, m_score: 1 }); // the refund does not move recency
    expect(customers["007"]).toMatchObject({ monetary: 50, m_score: 3 }); // rank 2 of 2 → 1 + floor(5/2) = 3
  });

  it("matches the formula on 400 random customers with many ties, and never breaks a tie", async () => {
    const random = seededRandom(20240701);
    const rows: FixtureRow[] = [];
    for (let customer = 1; customer <= 400; customer++) {
      const orders = 1 + Math.floor(random() ** 3 * 6);
      for (let order = 1; order <= orders; order++) {
        const day = 1 + Math.floor(random() * 60);
        const date = new Date(Date.UTC(2024, 4, day)).toISOString().slice(0, 10);
        const amount = [5, 10, 10, 20, 0.1, 0.2, 0.3][Math.floor(random() * 7)] ?? 0;
        rows.push([`c${customer}`, `c${customer}-${order}`, date, amount]);
      }
    }
    const db = await testDatabase();
    await loadFixture(db, rows);
    const customers = await runRfmCustomers(db, options);
    expect(customers).toHaveLength(400);

    const cents = (value: number) => Math.round(value * 100); // amounts have at most 2 decimals
    const measures = [
      { key: (row: RfmCustomerRow) => -row.recency_days, score: (row: RfmCustomerRow) => row.r_score },
      { key: (row: RfmCustomerRow) => row.frequency, score: (row: RfmCustomerRow) => row.f_score },
      { key: (row: RfmCustomerRow) => cents(row.monetary), score: (row: RfmCustomerRow) => row.m_score },
    ];
    for (const measure of measures) {
      const keys = customers.map(measure.key);
      expect(customers.map(measure.score)).toEqual(quantileScores(keys));
      const scoreOfKey = new Map<number, Set<number>>();
      customers.forEach((row) => scoreOfKey.set(measure.key(row), (scoreOfKey.get(measure.key(row)) ?? new Set()).add(measure.score(row))));
      expect([...scoreOfKey.values()].every((scores) => scores.size === 1)).toBe(true);
    }
  });

  it("answers with zeros and no customers on an empty table", async () => {
    const db = await testDatabase();
    await loadFixture(db, []);
    const result = await runRfm(db, options, "segments");
    expect(result.stats).toMatchObject({ customers: 0, net_revenue: 0, mean_recency_days: null, refund_only_customers: 0 });
    expect(result.summary.every((row) => row.customers === 0 && row.revenue_share === null)).toBe(true);
    expect(result.cells).toHaveLength(25);
    expect(result.distributions).toEqual([]);
    expect(await runRfmCustomers(db, options)).toEqual([]);
  });

  it("scores a single customer 1 (rank 1 of 1)", async () => {
    const db = await testDatabase();
    await loadFixture(db, [["only", "o1", "2024-06-30", 99]]);
    const [row] = await runRfmCustomers(db, options);
    expect(row).toMatchObject({ r_score: 1, f_score: 1, m_score: 1, segment: "lost", class8: "general_winback" });
  });
});
