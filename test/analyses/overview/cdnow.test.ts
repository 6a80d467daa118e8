import { beforeAll, describe, expect, it } from "vitest";
import { defaultAsOfDate } from "../../../src/analyses/as-of";
import { runOverview } from "../../../src/analyses/overview/run";
import type { OverviewResult } from "../../../src/analyses/overview/types";
import { testDatabase } from "../../helpers/db";
import { cdnowLines, loadCdnowSample } from "../../helpers/cdnow";

const lines = cdnowLines;

/** Days since 1970-01-01 of a `YYYYMMDD` date. */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8))) / 86_400_000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2 : (sorted[Math.floor(middle)] ?? NaN);
}

/** The figures recomputed in plain JS from the text file: no order ids, so one order = one customer-day. */
function expectedFigures() {
  const daysByCustomer = new Map<string, Set<number>>();
  for (const { sampleId, day } of lines) {
    const days = daysByCustomer.get(sampleId) ?? new Set<number>();
    days.add(dayNumber(day));
    daysByCustomer.set(sampleId, days);
  }
  const gaps = [...daysByCustomer.values()].flatMap((days) => {
    const sorted = [...days].sort((a, b) => a - b);
    return sorted.slice(1).map((day, index) => day - (sorted[index] ?? NaN));
  });
  const customerDays = [...daysByCustomer.values()].map((days) => days.size);
  return {
    revenue: lines.reduce((sum, line) => sum + line.dollars, 0),
    orders: customerDays.reduce((sum, count) => sum + count, 0),
    repeatCustomers: customerDays.filter((count) => count >= 2).length,
    medianGap: median(gaps),
  };
}

describe("Overview on the CDNOW sample (2,357 customers, 1997-01-01..1998-06-30)", () => {
  let result: OverviewResult;

  beforeAll(async () => {
    const db = await testDatabase();
    await loadCdnowSample(db);
    const asOfDate = await defaultAsOfDate(db);
    if (asOfDate !== "1998-07-01") throw new Error(`Unexpected default as-of date ${asOfDate}`);
    result = await runOverview(db, { asOfDate });
  });

  it("counts the 2,357 customers and the customer-days as orders", () => {
    expect(lines).toHaveLength(6919);
    const expected = expectedFigures();
    expect(result.metrics).toMatchObject({
      customers: 2357,
      orders: expected.orders,
      repeat_customers: expected.repeatCustomers,
      median_days_between_purchases: expected.medianGap,
      refund_rows: 0,
      first_purchase_date: "1997-01-01",
      last_purchase_date: "1998-06-30",
    });
    expect(result.metrics.orders).toBe(6696); // CLVTools' cdnow.csv: the sample merged per customer-day
    expect(result.metrics.revenue).toBeCloseTo(expected.revenue, 6);
    expect(result.metrics.average_order_value).toBeCloseTo(expected.revenue / expected.orders, 9);
  });

  it("has every first purchase in Q1 1997 and a month for each of Jan 1997..Jul 1998", () => {
    const { monthly, metrics } = result;
    expect(monthly.map((row) => row.month.slice(0, 7))).toEqual([
      ...Array.from({ length: 12 }, (_, index) => `1997-${String(index + 1).padStart(2, "0")}`),
      ...Array.from({ length: 7 }, (_, index) => `1998-${String(index + 1).padStart(2, "0")}`),
    ]);
    const newCustomers = monthly.filter((row) => row.new_customers > 0).map((row) => row.month);
    expect(newCustomers).toEqual(["1997-01-01", "1997-02-01", "1997-03-01"]);
    expect(monthly.reduce((sum, row) => sum + row.new_customers, 0)).toBe(metrics.customers);
    expect(monthly.reduce((sum, row) => sum + row.orders, 0)).toBe(metrics.orders);
    expect(monthly.reduce((sum, row) => sum + row.revenue, 0)).toBeCloseTo(metrics.revenue, 6);
    expect(monthly.at(-1)).toEqual({ month: "1998-07-01", revenue: 0, active_customers: 0, orders: 0, new_customers: 0, is_partial: true });
  });
});
