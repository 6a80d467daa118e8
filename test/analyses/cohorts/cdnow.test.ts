import { beforeAll, describe, expect, it } from "vitest";
import { defaultAsOfDate } from "../../../src/analyses/as-of";
import { runCohorts } from "../../../src/analyses/cohorts/run";
import { testDatabase } from "../../helpers/db";
import { cdnowLines, loadCdnowSample } from "../../helpers/cdnow";

const lines = cdnowLines;

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(4, 6)) - 1;

/** Monday of the ISO week holding a `YYYYMMDD` day, as `YYYY-MM-DD`. */
function weekMonday(day: string): string {
  const date = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8))));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** Monthly cells recomputed in plain JS: first purchase month per customer, then customers and dollars per (cohort, k). */
function expectedMonthlyCells() {
  const firstDay = new Map<string, string>();
  for (const { sampleId, day } of lines) if (!firstDay.has(sampleId) || day < firstDay.get(sampleId)!) firstDay.set(sampleId, day);
  const cells = new Map<string, { customers: Set<string>; revenue: number }>();
  for (const { sampleId, day, dollars } of lines) {
    const first = firstDay.get(sampleId)!;
    const key = `${first.slice(0, 4)}-${first.slice(4, 6)}|${monthIndex(day) - monthIndex(first)}`;
    const cell = cells.get(key) ?? { customers: new Set<string>(), revenue: 0 };
    cell.customers.add(sampleId);
    cell.revenue += dollars;
    cells.set(key, cell);
  }
  const sizes = new Map<string, number>();
  for (const first of firstDay.values()) sizes.set(`${first.slice(0, 4)}-${first.slice(4, 6)}`, (sizes.get(`${first.slice(0, 4)}-${first.slice(4, 6)}`) ?? 0) + 1);
  return { cells, sizes, firstDay };
}

describe("Cohorts on the CDNOW sample (first purchases all in Q1 1997)", () => {
  const expected = expectedMonthlyCells();

  beforeAll(async () => {
    const db = await testDatabase();
    await loadCdnowSample(db);
    expect(await defaultAsOfDate(db)).toBe("1998-07-01");
  });

  it("has exactly one quarterly cohort of 2,357 customers, followed to the partial Q3 1998", async () => {
    const { cohorts, cells } = await runCohorts(await testDatabase(), { asOfDate: "1998-07-01", period: "quarter" });
    expect(cohorts).toEqual([{ cohort: "1997-Q1", cohort_start: "1997-01-01", cohort_size: 2357 }]);
    expect(cells.map((row) => row.k)).toEqual([0, 1, 2, 3, 4, 5, 6]); // 1997-Q1 … 1998-Q3
    expect(cells.map((row) => row.is_partial)).toEqual([false, false, false, false, false, false, true]);
    expect(cells[6]).toMatchObject({ customers: 0, revenue: 0 }); // 1998-07-01 has no purchase
    expect(cells.reduce((sum, row) => sum + row.revenue, 0)).toBeCloseTo(lines.reduce((sum, line) => sum + line.dollars, 0), 6);
  });

  it("has monthly cohorts Jan, Feb, Mar 1997 with the sizes counted in JS", async () => {
    const { cohorts } = await runCohorts(await testDatabase(), { asOfDate: "1998-07-01", period: "month" });
    expect([...expected.sizes.keys()].sort()).toEqual(["1997-01", "1997-02", "1997-03"]);
    expect(cohorts).toEqual(
      ["1997-01", "1997-02", "1997-03"].map((cohort) => ({ cohort, cohort_start: `${cohort}-01`, cohort_size: expected.sizes.get(cohort) })),
    );
    expect(cohorts.map((row) => row.cohort_size)).toEqual([781, 857, 719]); // also counted with awk on the text file
    expect(cohorts.reduce((sum, row) => sum + row.cohort_size, 0)).toBe(2357);
  });

  it("matches every monthly cell recomputed in JS, with nothing after July 1998", async () => {
    const { cells } = await runCohorts(await testDatabase(), { asOfDate: "1998-07-01", period: "month" });
    // Jan 1997 → Jul 1998 = 18 months: k 0..18; Feb 0..17; Mar 0..16
    expect(cells).toHaveLength(19 + 18 + 17);
    for (const row of cells) {
      const cell = expected.cells.get(`${row.cohort}|${row.k}`);
      expect(row.customers, `${row.cohort} k ${row.k}`).toBe(cell?.customers.size ?? 0);
      expect(row.revenue, `${row.cohort} k ${row.k}`).toBeCloseTo(cell?.revenue ?? 0, 6);
      expect(row.retention).toBeCloseTo((cell?.customers.size ?? 0) / row.cohort_size, 12);
      expect(row.is_partial).toBe(row.period_start === "1998-07-01");
    }
  });

  it("has weekly cohorts from 1997-W01 (starting Monday 1996-12-30) with the sizes counted in JS", async () => {
    const { cohorts } = await runCohorts(await testDatabase(), { asOfDate: "1998-07-01", period: "week" });
    const sizes = new Map<string, number>();
    for (const first of expected.firstDay.values()) sizes.set(weekMonday(first), (sizes.get(weekMonday(first)) ?? 0) + 1);
    expect(cohorts.map((row) => [row.cohort_start, row.cohort_size])).toEqual([...sizes.entries()].sort(([a], [b]) => a.localeCompare(b)));
    expect(cohorts[0]).toMatchObject({ cohort: "1997-W01", cohort_start: "1996-12-30" });
    expect(cohorts.at(-1)?.cohort).toBe(`1997-W${String(cohorts.length).padStart(2, "0")}`);
  });
});
