import { beforeAll, describe, expect, it } from "vitest";
import { runRfm, runRfmCustomers } from "../../../src/analyses/rfm/run";
import { defaultRfmOptions, type RfmOptions } from "../../../src/analyses/rfm/options";
import type { RfmCustomerRow } from "../../../src/analyses/rfm/types";
import { testDatabase } from "../../helpers/db";
import { loadFixture, type FixtureRow } from "./insert-rows";

// As-of 2024-07-01. Ten scored customers A..J, N = 10; R has only a refund, Z buys after the as-of date.
const rows: FixtureRow[] = [
  ["A", "A1", "2024-01-10", 100],
  ["A", "A2", "2024-02-10", 100],
  ["A", "A3", "2024-03-10", 100],
  ["A", "A4", "2024-05-10", 100],
  ["A", "A5", "2024-06-30", 100],
  ["A", "A6", "2024-07-10", 999], // after the as-of date: ignored
  ["B", "B1", "2024-02-01", 100],
  ["B", "B2", "2024-03-01", 100],
  ["B", "B3", "2024-04-01", 100],
  ["B", "B4", "2024-06-30", 100],
  ["C", "C1", "2024-04-01", 60],
  ["C", "C1", "2024-04-01", 40], // second line of the same order
  ["C", "C2", "2024-05-01", 100],
  ["C", "C3", "2024-06-21", 100],
  ["D", "D1", "2024-06-11", 300],
  ["E", "E1", "2024-03-01", 50],
  ["E", "E2", "2024-05-22", 100],
  ["F", "F1", "2024-05-02", 100],
  ["G", "G1", "2024-04-02", 100],
  ["H", "H1", "2024-02-01", 50],
  ["H", "H2", "2024-03-03", 50],
  ["H", "H1", "2024-05-15", -20], // refund: no order, does not move the last purchase
  ["I", "I1", "2024-01-03", 50],
  ["J", "J1", "2023-07-02", 0], // a zero-value purchase is a purchase
  ["R", "R1", "2024-03-01", -30],
  ["Z", "Z1", "2024-07-05", 60],
];

const options: RfmOptions = defaultRfmOptions("2024-07-01");

type Expected = [id: string, recency: number, frequency: number, monetary: number, r: number, f: number, m: number, fm: number, segment: string, class8: string];

const pick = (row: RfmCustomerRow) =>
  [row.customer_id, row.recency_days, row.frequency, row.monetary, row.r_score, row.f_score, row.m_score, row.fm_score, row.segment, row.class8] as Expected;

const byId = (list: RfmCustomerRow[]) => [...list].sort((a, b) => a.customer_id.localeCompare(b.customer_id));

describe("RFM on a hand-worked fixture (as-of 2024-07-01, N = 10)", () => {
  beforeAll(async () => loadFixture(await testDatabase(), rows));

  it("scores every customer with the quantile formula and the default map", async () => {
    const customers = await runRfmCustomers(await testDatabase(), options);
    // recency (days to 2024-07-01): A 1, B 1, C 10, D 20, E 40, F 60, G 90, H 120 (the refund of 05-15 does not count),
    //   I 180 (leap February), J 365.
    // R: rank of recency descending: J 1, I 2, H 3, G 4, F 5, E 6, D 7, C 8, A = B 9 → 1 + floor(5 × (rank − 1) / 10):
    //   J 1, I 1, H 2, G 2, F 3, E 3, D 4, C 4, A 5, B 5.
    // F: frequency 1 (D F G I J) rank 1 → 1; 2 (E H) rank 6 → 1 + floor(25/10) = 3; 3 (C) rank 8 → 4;
    //   4 (B) rank 9 → 5; 5 (A) rank 10 → 5. No customer gets F = 2: five share frequency 1.
    // M: J 0 rank 1 → 1; I 50 rank 2 → 1; H 80 rank 3 → 2; F = G 100 rank 4 → 2; E 150 rank 6 → 3;
    //   C = D 300 rank 7 → 4; B 400 rank 9 → 5; A 500 rank 10 → 5.
    // FM = round-half-up((F + M) / 2): A (5+5)/2 = 5, B 5, C 4, D (1+4)/2 = 2.5 → 3, E 3, F 1.5 → 2, G 2, H 2.5 → 3, I 1, J 1.
    // Means: recency 887/10 = 88.7, frequency 21/10 = 2.1, monetary 1980/10 = 198.
    expect(byId(customers).map(pick)).toEqual([
      ["A", 1, 5, 500, 5, 5, 5, 5, "champions", "important_value"],
      ["B", 1, 4, 400, 5, 5, 5, 5, "champions", "important_value"],
      ["C", 10, 3, 300, 4, 4, 4, 4, "loyal", "important_value"],
      ["D", 20, 1, 300, 4, 1, 4, 3, "potential_loyalist", "important_develop"],
      ["E", 40, 2, 150, 3, 3, 3, 3, "need_attention", "general_develop"],
      ["F", 60, 1, 100, 3, 1, 2, 2, "need_attention", "general_develop"],
      ["G", 90, 1, 100, 2, 1, 2, 2, "hibernating", "general_winback"], // 90 is not < 88.7
      ["H", 120, 2, 80, 2, 3, 2, 3, "at_risk", "general_winback"],
      ["I", 180, 1, 50, 1, 1, 1, 1, "lost", "general_winback"],
      ["J", 365, 1, 0, 1, 1, 1, 1, "lost", "general_winback"],
    ]);
    expect(customers.map((row) => row.customer_id)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]); // monetary desc, then id
    expect(customers.find((row) => row.customer_id === "A")).toMatchObject({
      r_rank: 9,
      f_rank: 10,
      m_rank: 10,
      r_high: true,
      f_high: true,
      m_high: true,
      net_revenue: 500,
      first_purchase_date: "2024-01-10",
      last_purchase_date: "2024-06-30",
    });
    expect(customers.find((row) => row.customer_id === "H")).toMatchObject({ last_purchase_date: "2024-03-03", net_revenue: 80 });
  });

  it("counts the scored customers and the refund-only one in the notes", async () => {
    const { stats } = await runRfm(await testDatabase(), options, "segments");
    expect(stats).toEqual({
      as_of_date: "2024-07-01",
      customers: 10,
      net_revenue: 1980,
      mean_recency_days: 88.7,
      mean_frequency: 2.1,
      mean_monetary: 198,
      refund_only_customers: 1, // R
      refund_only_net_revenue: -30,
    });
  });

  it("shows each score's range and count, including the empty F = 2", async () => {
    const { scoreRanges } = await runRfm(await testDatabase(), options, "segments");
    expect(scoreRanges.map((row) => [row.measure, row.score, row.customers, row.min_value, row.max_value])).toEqual([
      ["recency", 1, 2, 180, 365], // I, J
      ["recency", 2, 2, 90, 120], // G, H
      ["recency", 3, 2, 40, 60], // E, F
      ["recency", 4, 2, 10, 20], // C, D
      ["recency", 5, 2, 1, 1], // A, B
      ["frequency", 1, 5, 1, 1],
      ["frequency", 2, 0, null, null],
      ["frequency", 3, 2, 2, 2],
      ["frequency", 4, 1, 3, 3],
      ["frequency", 5, 2, 4, 5],
      ["monetary", 1, 2, 0, 50],
      ["monetary", 2, 3, 80, 100],
      ["monetary", 3, 1, 150, 150],
      ["monetary", 4, 2, 300, 300],
      ["monetary", 5, 2, 400, 500],
    ]);
  });

  it("bins each measure with a round width up to the 99th percentile", async () => {
    const { distributions } = await runRfm(await testDatabase(), options, "segments");
    const bins = (measure: string) => distributions.filter((row) => row.measure === measure).map((row) => [row.bin_start, row.bin_end, row.customers]);
    // Recency 1..365: (365 − 1) / 20 = 18.2 → width 20 from floor(1 / 20) × 20 = 0; empty bins are left out.
    expect(bins("recency")).toEqual([
      [0, 20, 3], // 1, 1, 10
      [20, 40, 1],
      [40, 60, 1],
      [60, 80, 1],
      [80, 100, 1], // 90
      [120, 140, 1],
      [180, 200, 1],
      [360, 380, 1],
    ]);
    // Frequency 1..5: (5 − 1) / 20 = 0.2 → whole orders, width 1.
    expect(bins("frequency")).toEqual([
      [1, 2, 5],
      [2, 3, 2],
      [3, 4, 1],
      [4, 5, 1],
      [5, 6, 1],
    ]);
    // Monetary 0..500: 500 / 20 = 25 → width 50.
    expect(bins("monetary")).toEqual([
      [0, 50, 1],
      [50, 100, 2], // 50, 80
      [100, 150, 2],
      [150, 200, 1],
      [300, 350, 2],
      [400, 450, 1],
      [500, 550, 1],
    ]);
    expect(distributions.some((row) => row.open_ended)).toBe(false); // with 10 customers the 99th percentile is the maximum
  });

  it("sums customers and net revenue per segment of the map, empty segments included", async () => {
    const { summary } = await runRfm(await testDatabase(), options, "segments");
    expect(summary.map((row) => [row.segment, row.customers, row.revenue])).toEqual([
      ["champions", 2, 900],
      ["loyal", 1, 300],
      ["potential_loyalist", 1, 300],
      ["new", 0, 0],
      ["promising", 0, 0],
      ["need_attention", 2, 250],
      ["about_to_sleep", 0, 0],
      ["at_risk", 1, 80],
      ["cant_lose_them", 0, 0],
      ["hibernating", 1, 100],
      ["lost", 2, 50],
    ]);
    expect(summary[0]?.revenue_share).toBeCloseTo(900 / 1980, 12);
    expect(summary[0]?.customer_share).toBe(0.2);
  });

  it("sums the 8 classes", async () => {
    const { summary } = await runRfm(await testDatabase(), options, "cn8");
    expect(summary.map((row) => [row.segment, row.customers, row.revenue])).toEqual([
      ["important_value", 3, 1200], // A B C
      ["important_retain", 0, 0],
      ["important_develop", 1, 300], // D
      ["important_winback", 0, 0],
      ["general_value", 0, 0],
      ["general_retain", 0, 0],
      ["general_develop", 2, 250], // E F
      ["general_winback", 4, 230], // G H I J: 100 + 80 + 50 + 0
    ]);
  });

  it("fills the 25 cells of the R × FM grid", async () => {
    const { cells } = await runRfm(await testDatabase(), options, "segments");
    expect(cells).toHaveLength(25);
    expect(cells.slice(0, 5).map((cell) => [cell.r_score, cell.fm_score, cell.segment, cell.customers, cell.revenue])).toEqual([
      [5, 1, "new", 0, 0],
      [5, 2, "potential_loyalist", 0, 0],
      [5, 3, "potential_loyalist", 0, 0],
      [5, 4, "champions", 0, 0],
      [5, 5, "champions", 2, 900],
    ]);
    const filled = cells.filter((cell) => cell.customers > 0).map((cell) => [cell.r_score, cell.fm_score, cell.customers]);
    expect(filled).toEqual([
      [5, 5, 2],
      [4, 3, 1],
      [4, 4, 1],
      [3, 2, 1],
      [3, 3, 1],
      [2, 2, 1],
      [2, 3, 1],
      [1, 1, 2],
    ]);
  });

  it("lists the customers of a segment, a cell, a class and one customer", async () => {
    const db = await testDatabase();
    const ids = (list: RfmCustomerRow[]) => list.map((row) => row.customer_id);
    expect(ids(await runRfmCustomers(db, options, { kind: "segment", segment: "need_attention" }))).toEqual(["E", "F"]);
    expect(ids(await runRfmCustomers(db, options, { kind: "cell", r: 1, fm: 1 }))).toEqual(["I", "J"]);
    expect(ids(await runRfmCustomers(db, options, { kind: "class8", class8: "general_winback" }))).toEqual(["G", "H", "I", "J"]);
    expect(ids(await runRfmCustomers(db, options, { kind: "customer", customerId: "D" }))).toEqual(["D"]);
    expect(ids(await runRfmCustomers(db, options, { kind: "customer", customerId: "R" }))).toEqual([]); // refund-only
    expect(ids(await runRfmCustomers(db, options, { kind: "all" }, 3))).toEqual(["A", "B", "C"]);
  });

  it("uses net revenue ÷ frequency when monetary = mean, with ties sharing a score", async () => {
    const customers = await runRfmCustomers(await testDatabase(), { ...options, monetary: "mean" });
    // monetary: A 500/5 = 100, B 400/4 = 100, C 300/3 = 100, D 300, E 150/2 = 75, F 100, G 100, H 80/2 = 40, I 50, J 0.
    // Ranks: J 1, H 2, I 3, E 4, A = B = C = F = G 5, D 10 → M: J 1, H 1, I 2, E 2, the five 100s 1 + floor(20/10) = 3, D 5.
    const m = Object.fromEntries(byId(customers).map((row) => [row.customer_id, [row.monetary, row.m_score]]));
    expect(m).toEqual({
      A: [100, 3],
      B: [100, 3],
      C: [100, 3],
      D: [300, 5],
      E: [75, 2],
      F: [100, 3],
      G: [100, 3],
      H: [40, 1],
      I: [50, 2],
      J: [0, 1],
    });
    // Mean monetary = (5 × 100 + 300 + 75 + 40 + 50 + 0) / 10 = 96.5: D and the five at 100 are above it.
    expect(customers.filter((row) => row.m_high).map((row) => row.customer_id)).toEqual(["D", "A", "B", "C", "F", "G"]);
  });

  it("scores with fixed thresholds", async () => {
    const customers = await runRfmCustomers(await testDatabase(), {
      ...options,
      scoring: { method: "thresholds", thresholds: { recency: [30, 90, 180, 365], frequency: [2, 3, 4, 5], monetary: [100, 200, 300, 400] } },
    });
    // R: ≤ 30 → 5 (A B C D), ≤ 90 → 4 (E F G; 90 itself is in), ≤ 180 → 3 (H I), ≤ 365 → 2 (J).
    // F: 1 + cut points reached: 1 → 1, 2 → 2, 3 → 3, 4 → 4, 5 → 5.
    // M: 0, 50, 80 → 1; 100, 150 → 2; 300 → 4; 400, 500 → 5.
    const scores = byId(customers).map((row) => `${row.customer_id}${row.r_score}${row.f_score}${row.m_score}${row.fm_score}`);
    // FM: B (4 + 5) / 2 = 4.5 → 5, C 3.5 → 4, D 2.5 → 3, F and G (1 + 2) / 2 = 1.5 → 2, H (2 + 1) / 2 = 1.5 → 2.
    expect(scores).toEqual(["A5555", "B5455", "C5344", "D5143", "E4222", "F4122", "G4122", "H3212", "I3111", "J2111"]);
  });

  it("scores above/below the mean as 5/1 and uses the same split as the 8-class scheme", async () => {
    const customers = await runRfmCustomers(await testDatabase(), { ...options, scoring: { method: "mean" } });
    // R high (recency < 88.7): A..F; F high (> 2.1): A B C; M high (> 198): A B C D.
    const scores = byId(customers).map((row) => `${row.customer_id}${row.r_score}${row.f_score}${row.m_score}${row.fm_score}:${row.segment}`);
    expect(scores).toEqual([
      "A5555:champions",
      "B5555:champions",
      "C5555:champions",
      "D5153:potential_loyalist", // FM (1+5)/2 = 3
      "E5111:new",
      "F5111:new",
      "G1111:lost",
      "H1111:lost",
      "I1111:lost",
      "J1111:lost",
    ]);
  });

  it("follows an edited segment map", async () => {
    const { DEFAULT_SEGMENT_MAP, withCell } = await import("../../../src/analyses/rfm/segments");
    const edited = withCell(withCell(DEFAULT_SEGMENT_MAP, 1, 1, "hibernating"), 1, 2, "hibernating");
    const { summary } = await runRfm(await testDatabase(), { ...options, segmentMap: edited }, "segments");
    expect(summary.map((row) => row.segment)).not.toContain("lost"); // Lost had only these two cells
    expect(summary.find((row) => row.segment === "hibernating")).toMatchObject({ customers: 3, revenue: 150 }); // G, I, J
  });

  it("uses an earlier as-of date: later rows drop out and recency shrinks", async () => {
    const customers = await runRfmCustomers(await testDatabase(), { ...options, asOfDate: "2024-03-01" });
    // Purchases up to and including 2024-03-01: A1 A2, B1 B2, E1, H1, I1, J1.
    expect(byId(customers).map((row) => [row.customer_id, row.recency_days, row.frequency, row.monetary])).toEqual([
      ["A", 20, 2, 200], // last 02-10
      ["B", 0, 2, 200], // bought on the as-of day itself
      ["E", 0, 1, 50],
      ["H", 29, 1, 50], // 02-01; the refund of 05-15 is later
      ["I", 58, 1, 50],
      ["J", 243, 1, 0],
    ]);
  });
});
