import { describe, expect, it } from "vitest";
import { runCohorts } from "../../../src/analyses/cohorts/run";
import type { CohortPeriod } from "../../../src/analyses/cohorts/options";
import { periodIndexSql, periodLabelSql, periodStartSql } from "../../../src/analyses/period";
import { dateLiteral } from "../../../src/engine/sql";
import { testDatabase } from "../../helpers/db";
import { loadFixture, WEEKLY_FIXTURE } from "./fixture-rows";

async function periodOf(period: CohortPeriod, isoDate: string): Promise<{ label: string; start: string }> {
  const date = dateLiteral(isoDate);
  const [row] = await (await testDatabase()).query<{ label: string; start: string }>(
    `SELECT ${periodLabelSql(period, periodStartSql(period, date))} AS label, CAST(${periodStartSql(period, date)} AS VARCHAR) AS start`,
  );
  return row!;
}

async function offset(period: CohortPeriod, from: string, to: string): Promise<number> {
  const [row] = await (await testDatabase()).query<{ k: number }>(
    `SELECT (${periodIndexSql(period, dateLiteral(to))} - ${periodIndexSql(period, dateLiteral(from))})::INTEGER AS k`,
  );
  return row!.k;
}

describe("Calendar periods", () => {
  it("labels ISO weeks with the ISO week-numbering year, weeks starting on Monday", async () => {
    expect(await periodOf("week", "2024-12-29")).toEqual({ label: "2024-W52", start: "2024-12-23" }); // a Sunday
    expect(await periodOf("week", "2024-12-30")).toEqual({ label: "2025-W01", start: "2024-12-30" }); // Monday, still December
    expect(await periodOf("week", "2025-01-05")).toEqual({ label: "2025-W01", start: "2024-12-30" });
    expect(await periodOf("week", "2025-01-06")).toEqual({ label: "2025-W02", start: "2025-01-06" });
    expect(await periodOf("week", "2027-01-03")).toEqual({ label: "2026-W53", start: "2026-12-28" }); // 2026 has 53 weeks
    expect(await periodOf("week", "2027-01-04")).toEqual({ label: "2027-W01", start: "2027-01-04" });
    expect(await periodOf("week", "1997-01-01")).toEqual({ label: "1997-W01", start: "1996-12-30" }); // CDNOW's first day
    expect(await periodOf("week", "2021-01-03")).toEqual({ label: "2020-W53", start: "2020-12-28" }); // January, previous ISO year
  });

  it("labels months and quarters", async () => {
    expect(await periodOf("month", "2024-02-29")).toEqual({ label: "2024-02", start: "2024-02-01" });
    expect(await periodOf("quarter", "2023-12-31")).toEqual({ label: "2023-Q4", start: "2023-10-01" });
    expect(await periodOf("quarter", "2024-04-01")).toEqual({ label: "2024-Q2", start: "2024-04-01" });
  });

  it("counts whole periods across year ends", async () => {
    expect(await offset("month", "2023-11-30", "2024-01-01")).toBe(2);
    expect(await offset("month", "2023-12-31", "2025-01-01")).toBe(13);
    expect(await offset("quarter", "2023-12-31", "2024-01-01")).toBe(1);
    expect(await offset("quarter", "2022-11-15", "2024-03-31")).toBe(5);
    expect(await offset("week", "2024-12-29", "2024-12-30")).toBe(1); // Sunday → Monday
    expect(await offset("week", "2024-12-23", "2025-01-12")).toBe(2);
    expect(await offset("week", "2026-12-28", "2027-01-04")).toBe(1); // W53 → W01
    expect(await offset("week", "1969-12-29", "1970-01-05")).toBe(1); // before the counter's Monday
  });
});

describe("Weekly cohorts around New Year 2024/2025", () => {
  it("groups by ISO week and marks the as-of week partial", async () => {
    const db = await testDatabase();
    await loadFixture(db, WEEKLY_FIXTURE);
    const { cohorts, cells } = await runCohorts(db, { asOfDate: "2025-01-08", period: "week" });
    expect(cohorts).toEqual([
      { cohort: "2024-W52", cohort_start: "2024-12-23", cohort_size: 2 }, // P (Mon 12-23), Q (Sun 12-29)
      { cohort: "2025-W01", cohort_start: "2024-12-30", cohort_size: 2 }, // R (Mon 12-30), S (Sun 01-05)
    ]);
    expect(cells.map((row) => [row.cohort, row.k, row.period_start, row.customers, row.revenue, row.is_partial])).toEqual([
      ["2024-W52", 0, "2024-12-23", 2, 40, false], // P 10, Q 30
      ["2024-W52", 1, "2024-12-30", 1, 20, false], // P on Sunday 2025-01-05
      ["2024-W52", 2, "2025-01-06", 2, 45, true], // P 5 (Tue), Q 40 (Mon); the week ends on Sunday 01-12
      ["2025-W01", 0, "2024-12-30", 2, 110, false], // R 50, S 60
      ["2025-W01", 1, "2025-01-06", 1, 0, true], // S's zero-value purchase still makes S retained
    ]);
  });
});
