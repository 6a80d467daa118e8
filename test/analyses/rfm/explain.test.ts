import { beforeAll, describe, expect, it } from "vitest";
import { explainCustomer, type WhyContext } from "../../../src/analyses/rfm/explain";
import { rfmMessages } from "../../../src/analyses/rfm/messages";
import { defaultRfmOptions, type RfmOptions } from "../../../src/analyses/rfm/options";
import { runRfm, runRfmCustomers } from "../../../src/analyses/rfm/run";
import { interpolate } from "../../../src/i18n/catalog";
import type { Locale } from "../../../src/i18n/locales";
import { testDatabase } from "../../helpers/db";
import { loadFixture } from "./insert-rows";

const translate = (locale: Locale) => (key: string, params?: Record<string, string | number>) => {
  const template = rfmMessages[locale][key];
  if (template === undefined) throw new Error(`Missing message ${key}`);
  return interpolate(template, params);
};

async function why(options: RfmOptions, customerId: string, locale: Locale = "en"): Promise<string[]> {
  const db = await testDatabase();
  const { stats, scoreRanges } = await runRfm(db, options, "segments");
  const [customer] = await runRfmCustomers(db, options, { kind: "customer", customerId });
  if (!customer) throw new Error(`No customer ${customerId}`);
  const context: WhyContext = {
    scoring: options.scoring,
    stats,
    scoreRanges,
    t: translate(locale),
    formatNumber: (value) => (value === null ? "–" : String(Math.round(value * 100) / 100)),
    formatMoney: (value) => (value === null ? "–" : value.toFixed(2)),
  };
  return explainCustomer(customer, context);
}

// Four customers, as-of 2024-07-01: recency P 1, Q 10, S 30, T 100 days; frequency 3, 1, 1, 2; monetary 300, 50, 120, 80.
describe("why a customer is in its segment", () => {
  beforeAll(async () => {
    await loadFixture(await testDatabase(), [
      ["P", "P1", "2024-05-01", 100],
      ["P", "P2", "2024-06-01", 100],
      ["P", "P3", "2024-06-30", 100],
      ["Q", "Q1", "2024-06-21", 50],
      ["S", "S1", "2024-06-01", 120],
      ["T", "T1", "2024-02-01", 40],
      ["T", "T2", "2024-03-23", 40],
    ]);
  });

  it("spells out the quantile formula with the customer's ranks, FM, the map cell and the 8 classes", async () => {
    // Q: recency 10 → rank 3 of 4 from the longest (T 100, S 30, Q 10, P 1) → R = 1 + floor(5 × 2 / 4) = 3.
    //   frequency 1 shares rank 1 with S → F = 1; monetary 50 → rank 1 → M = 1. FM = round-half-up(1) = 1 → R 3 × FM 1 = About to sleep.
    // Means: recency 141 / 4 = 35.25, frequency 7 / 4 = 1.75, monetary 550 / 4 = 137.5 → R ↑ F ↓ M ↓ = general_develop.
    expect(await why(defaultRfmOptions("2024-07-01"), "Q")).toEqual([
      "Recency 10 days: rank 3 of 4, counting from the longest recency (equal values share a rank) → R = 1 + floor(5 × (3 − 1) ÷ 4) = 3. R = 3 covers 10–10 days.",
      "Frequency 1: rank 1 of 4, counting from the smallest (equal values share a rank) → F = 1 + floor(5 × (1 − 1) ÷ 4) = 1. F = 1 covers 1–1.",
      "Monetary 50.00: rank 1 of 4, counting from the smallest (equal values share a rank) → M = 1 + floor(5 × (1 − 1) ÷ 4) = 1. M = 1 covers 50.00–50.00.",
      "FM = round-half-up((1 + 1) ÷ 2) = round-half-up(1) = 1.",
      "In the segment map, cell R 3 × FM 1 is “About to sleep”.",
      "8 classes, against the means: R ↑ (recency 10 vs 35.25 days), F ↓ (1 vs 1.75), M ↓ (50.00 vs 137.50) → “General customers to develop (一般发展客户)”.",
    ]);
  });

  it("names the threshold band a value falls in", async () => {
    const options: RfmOptions = {
      ...defaultRfmOptions("2024-07-01"),
      scoring: { method: "thresholds", thresholds: { recency: [7, 30, 60, 90], frequency: [2, 3, 4, 5], monetary: [50, 100, 200, 300] } },
    };
    const lines = await why(options, "S");
    // S: recency 30 is more than 7 and at most 30 → R 4; frequency 1 < 2 → F 1; monetary 120 ≥ 100, < 200 → M 3.
    expect(lines.slice(0, 4)).toEqual([
      "Recency 30 days is more than 7 and at most 30 days → R = 4.",
      "Frequency 1 is below 2 → F = 1.",
      "Monetary 120.00 is at least 100.00 and below 200.00 → M = 3.",
      "FM = round-half-up((1 + 3) ÷ 2) = round-half-up(2) = 2.",
    ]);
    expect((await why(options, "T"))[0]).toBe("Recency 100 days is more than 90 days → R = 1.");
    expect((await why(options, "P"))[2]).toBe("Monetary 300.00 is at least 300.00 → M = 5.");
  });

  it("compares with the means when scoring above / below the mean, in Chinese too", async () => {
    const options: RfmOptions = { ...defaultRfmOptions("2024-07-01"), scoring: { method: "mean" } };
    const lines = await why(options, "T");
    // T: recency 100 is not below 35.25 → R ↓ 1; frequency 2 > 1.75 → F ↑ 5; monetary 80 is not above 137.5 → M ↓ 1; FM (5 + 1) / 2 = 3.
    expect(lines.slice(0, 5)).toEqual([
      "Recency 100 days is not below the mean of 35.25 days → R ↓ = 1.",
      "Frequency 2 is above the mean of 1.75 → F ↑ = 5.",
      "Monetary 80.00 is not above the mean of 137.50 → M ↓ = 1.",
      "FM = round-half-up((5 + 1) ÷ 2) = round-half-up(3) = 3.",
      "In the segment map, cell R 1 × FM 3 is “At risk”.",
    ]);
    const chinese = await why(options, "T", "zh-Hans");
    expect(chinese[0]).toBe("最近一次消费 100 天，不低于平均值 35.25 天 → R ↓ = 1。");
    expect(chinese[5]).toBe("8 类客户（与平均值比较）：R ↓（最近一次消费 100 天，平均 35.25 天），F ↑（2，平均 1.75），M ↓（80.00，平均 137.50）→ “一般保持客户”。");
  });
});
