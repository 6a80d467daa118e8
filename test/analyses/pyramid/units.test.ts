import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/cli/args";
import { pyramidSettingsFromCli } from "../../../src/analyses/pyramid/cli-options";
import { summarizeMigration } from "../../../src/analyses/pyramid/migration-summary";
import { pyramidOptionProblems } from "../../../src/analyses/pyramid/options";
import { pyramidLayout } from "../../../src/analyses/pyramid/pyramid-layout";
import { percentFraction } from "../../../src/analyses/pyramid/tier-rule-sql";
import type { MigrationCell } from "../../../src/analyses/pyramid/types";
import { pyramidWindows } from "../../../src/analyses/pyramid/window";

describe("pyramid windows", () => {
  it("counts N days including the as-of date, the previous window just before", () => {
    expect(pyramidWindows("2024-06-30", 30)).toEqual({ currentStart: "2024-06-01", currentEnd: "2024-06-30", previous: { start: "2024-05-02", end: "2024-05-31" } });
    expect(pyramidWindows("2024-03-01", 1)).toEqual({ currentStart: "2024-03-01", currentEnd: "2024-03-01", previous: { start: "2024-02-29", end: "2024-02-29" } });
    expect(pyramidWindows("2024-03-01", "all")).toEqual({ currentStart: null, currentEnd: "2024-03-01", previous: null });
  });
});

describe("pyramid options", () => {
  const percentages = (top: number, big: number, medium: number) => ({ windowDays: 365, tierRule: { kind: "percentages" as const, top, big, medium } });
  it("accepts the defaults, equal neighbours and two decimals", () => {
    expect(pyramidOptionProblems(percentages(1, 5, 20))).toEqual([]);
    expect(pyramidOptionProblems(percentages(5, 5, 100))).toEqual([]);
    expect(pyramidOptionProblems(percentages(0.25, 2.5, 12.75))).toEqual([]);
  });
  it("rejects shrinking, zero, above 100, three decimals, NaN and bad windows", () => {
    for (const [top, big, medium] of [[5, 1, 20], [0, 5, 20], [1, 5, 101], [1.005, 5, 20], [Number.NaN, 5, 20]] as const) {
      expect(pyramidOptionProblems(percentages(top, big, medium))).toEqual(["pyramid.problem.percentages"]);
    }
    expect(pyramidOptionProblems({ ...percentages(1, 5, 20), windowDays: 0 })).toEqual(["pyramid.problem.windowDays"]);
    expect(pyramidOptionProblems({ ...percentages(1, 5, 20), windowDays: 30.5 })).toEqual(["pyramid.problem.windowDays"]);
  });
  it("wants thresholds that do not grow from Top to Medium (negative ones allowed)", () => {
    const thresholds = (top: number, big: number, medium: number) => ({ windowDays: "all" as const, tierRule: { kind: "thresholds" as const, top, big, medium } });
    expect(pyramidOptionProblems(thresholds(58_900, 19_000, 4_820))).toEqual([]);
    expect(pyramidOptionProblems(thresholds(100, 0, -50))).toEqual([]);
    expect(pyramidOptionProblems(thresholds(19_000, 58_900, 4_820))).toEqual(["pyramid.problem.thresholds"]);
  });
  it("writes percentages as exact SQL decimal fractions", () => {
    expect([1, 5, 20, 2.5, 12.25, 0.01, 100].map(percentFraction)).toEqual(["0.01", "0.05", "0.2", "0.025", "0.1225", "0.0001", "1"]);
  });
});

describe("pyramid command-line flags", () => {
  it("defaults to 365 days and 1 / 5 / 20 %", () => {
    expect(pyramidSettingsFromCli({})).toEqual({ windowDays: 365, tierRule: { kind: "percentages", top: 1, big: 5, medium: 20 } });
  });
  it("reads --window-days N|all, --percentages and --thresholds", () => {
    expect(pyramidSettingsFromCli({ "window-days": "all", thresholds: "58900, 19000, 4820" })).toEqual({
      windowDays: "all",
      tierRule: { kind: "thresholds", top: 58_900, big: 19_000, medium: 4_820 },
    });
    expect(pyramidSettingsFromCli({ "window-days": "90", percentages: "2,10,30" }).windowDays).toBe(90);
  });
  it("rejects what it cannot use with a usage error", () => {
    expect(() => pyramidSettingsFromCli({ "window-days": "-3" })).toThrow(UsageError);
    expect(() => pyramidSettingsFromCli({ "window-days": "0" })).toThrow(UsageError);
    expect(() => pyramidSettingsFromCli({ percentages: "1,5" })).toThrow(UsageError);
    expect(() => pyramidSettingsFromCli({ percentages: "20,5,1" })).toThrow(UsageError);
    expect(() => pyramidSettingsFromCli({ percentages: "1,5,20", thresholds: "3,2,1" })).toThrow(UsageError);
  });
});

describe("pyramid layout", () => {
  it("stacks four trapezoids on one pair of straight sides, narrowest on top, Inactive apart below", () => {
    const { bands, height } = pyramidLayout(800);
    expect(bands.map((band) => band.tier)).toEqual(["top", "big", "medium", "small", "inactive"]);
    const width = (points: [number, number][], index: number) => Math.abs((points[index + 1]?.[0] ?? 0) - (points[index]?.[0] ?? 0));
    for (let index = 0; index < 3; index++) {
      const upper = bands[index]!.points;
      const lower = bands[index + 1]!.points;
      expect(upper[2]).toEqual(lower[1]); // the bottom-right corner is the next band's top-right corner
      expect(upper[3]).toEqual(lower[0]);
      expect(width(upper, 0)).toBeLessThan(width(lower, 0));
    }
    // Left side: equal steps in x for equal steps in y → one straight line.
    const lefts = bands.slice(0, 4).map((band) => band.points[0]![0]);
    const steps = lefts.slice(1).map((x, index) => x - lefts[index]!);
    steps.forEach((step) => expect(step).toBeCloseTo(steps[0]!, 9));
    const inactive = bands[4]!;
    expect(inactive.points[0]![1]).toBeGreaterThan(bands[3]!.points[3]![1]);
    expect(height).toBeGreaterThan(inactive.points[2]![1]);
    expect(Math.max(...bands.map((band) => band.labelX))).toBeLessThan(800);
  });
});

describe("migration summary", () => {
  it("counts moves up, same, down, new, lost and back from inactive", () => {
    const cell = (from_tier: MigrationCell["from_tier"], to_tier: MigrationCell["to_tier"], customers: number): MigrationCell => ({ from_tier, to_tier, customers, previous_revenue: 0, revenue: 0 });
    expect(
      summarizeMigration([
        cell("new", "small", 11),
        cell("top", "big", 1),
        cell("medium", "top", 1),
        cell("small", "medium", 2),
        cell("small", "small", 5),
        cell("small", "lost", 1),
        cell("inactive", "medium", 1),
        cell("inactive", "inactive", 1),
      ]),
    ).toEqual({ up: 3, same: 5, down: 1, new: 11, lost: 1, back: 1 });
  });
});
