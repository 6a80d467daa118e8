import { beforeAll, describe, expect, it } from "vitest";
import { buildClvPopulationQuery, buildClvSummaryQuery, buildClvTrackingQuery } from "../../../src/analyses/clv/query";
import type { ClvPopulationRow, ClvSummaryRow, ClvTrackingRow } from "../../../src/analyses/clv/types";
import { testDatabase } from "../../helpers/db";
import { CDNOW_SPLIT, loadCdnowSample, readSharedCsv } from "./cdnow";

describe("CLV summary of the CDNOW sample (39-week calibration to 1997-09-30)", () => {
  let summary: ClvSummaryRow[];

  beforeAll(async () => {
    const db = await testDatabase();
    await loadCdnowSample(db);
    summary = await db.query<ClvSummaryRow>(buildClvSummaryQuery({ ...CDNOW_SPLIT, timeUnit: "week" }));
  });

  it("reproduces cdnow_customers_summary_with_transactions.csv (x, t_x, T, zbar to its 2 decimals)", () => {
    const published = readSharedCsv("cdnow_lifetimes/cdnow_customers_summary_with_transactions.csv");
    expect(summary).toHaveLength(2357);
    expect(published).toHaveLength(2357);
    const mismatches = published.filter((row, i) => {
      const ours = summary[i]!;
      return (
        Number(ours.customer_id) !== Number(row.ID) ||
        ours.x !== Number(row.x) ||
        ours.t_x.toFixed(2) !== Number(row.t_x).toFixed(2) ||
        ours.T.toFixed(2) !== Number(row.T).toFixed(2) ||
        Math.abs((ours.mean_repeat_value ?? 0) - Number(row.zbar)) > 0.005 + 1e-9
      );
    });
    expect(mismatches).toEqual([]);
    expect(summary.filter((row) => row.x > 0)).toHaveLength(946);
  });

  it("matches BTYD's exact weeks and mean repeat spend (cdnowSummary_cbs, cdnowSummary_m.x)", () => {
    const cbs = readSharedCsv("cdnow_btyd/cdnowSummary_cbs.csv");
    const meanSpend = readSharedCsv("cdnow_btyd/cdnowSummary_m.x.csv");
    const worst = { tx: 0, T: 0, spend: 0 };
    expect(summary.map((row) => [row.x, row.holdout_purchases])).toEqual(cbs.map((row) => [Number(row.x), Number(row["x.star"])]));
    cbs.forEach((row, i) => {
      const ours = summary[i]!;
      worst.tx = Math.max(worst.tx, Math.abs(ours.t_x - Number(row["t.x"])));
      worst.T = Math.max(worst.T, Math.abs(ours.T - Number(row["T.cal"])));
      worst.spend = Math.max(worst.spend, Math.abs((ours.mean_repeat_value ?? 0) - Number(Object.values(meanSpend[i]!)[0])));
    });
    expect(worst.tx).toBeLessThan(1e-12);
    expect(worst.T).toBeLessThan(1e-12);
    expect(worst.spend).toBeLessThan(1e-9);
  });

  it("counts 1,882 repeat transaction days in the holdout (1997-10-01..1998-06-30)", () => {
    expect(summary.reduce((sum, row) => sum + row.holdout_purchases, 0)).toBe(1882);
  });

  it("gives customer 1 (purchases 1997-01-01, 01-18, 08-02, 12-12) x = 2, t_x = 213/7, T = 272/7, z̄ = (29.73 + 14.96)/2", () => {
    expect(summary[0]).toEqual({
      customer_id: "0001",
      first_purchase_date: "1997-01-01",
      last_purchase_date: "1997-08-02",
      x: 2,
      t_x_days: 213,
      T_days: 272,
      t_x: 213 / 7,
      T: 272 / 7,
      mean_repeat_value: expect.closeTo(22.345, 9),
      holdout_purchases: 1,
      holdout_value: 26.48,
    });
  });

  it("tracks cumulative weekly repeat transactions exactly as BTYD's cdnowSummary_cu.tracking (78 weeks)", async () => {
    const db = await testDatabase();
    const tracking = await db.query<ClvTrackingRow>(buildClvTrackingQuery({ ...CDNOW_SPLIT, timeUnit: "week" }));
    const published = readSharedCsv("cdnow_btyd/cdnowSummary_cu.tracking.csv").map((row) => Number(Object.values(row)[0]));
    expect(tracking.map((row) => row.cumulative_repeat_purchases)).toEqual(published);
    expect(tracking[0]).toMatchObject({ week: 1, week_start: "1997-01-01" });
    expect(tracking[38]!.cumulative_repeat_purchases).toBe(2457); // end of calibration week 39
  });

  it("counts everyone as summarised: all 2,357 first bought in Q1 1997", async () => {
    const db = await testDatabase();
    const [population] = await db.query<ClvPopulationRow>(buildClvPopulationQuery({ ...CDNOW_SPLIT, timeUnit: "week" }));
    expect(population).toEqual({ customers: 2357, first_seen_after_calibration: 0 });
  });
});
