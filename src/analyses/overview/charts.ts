import * as Plot from "@observablehq/plot";
import type { MonthlyOverviewRow } from "./types";

/** Labels and formatters in the user's language, passed in so charts stay pure functions. */
export interface ChartText {
  month: string;
  value: string;
  partial: string;
  formatMonth: (date: Date) => string;
  formatValue: (value: number) => string;
}

const monthDate = (row: MonthlyOverviewRow) => new Date(`${row.month}T00:00:00Z`);

/** Net revenue per calendar month as bars; the partial as-of month is drawn lighter. */
export function monthlyRevenueChart(rows: MonthlyOverviewRow[], width: number, text: ChartText): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 64,
    x: { type: "band", label: text.month, tickFormat: (d: Date) => text.formatMonth(d), ticks: bandTicks(rows, width) },
    y: { label: text.value, grid: true, tickFormat: (value: number) => text.formatValue(value) },
    marks: [
      Plot.barY(rows, {
        x: monthDate,
        y: "revenue",
        fill: (row: MonthlyOverviewRow) => (row.is_partial ? "#a9bde9" : "#2459c9"),
        title: (row: MonthlyOverviewRow) =>
          `${text.formatMonth(monthDate(row))}${row.is_partial ? ` (${text.partial})` : ""}\n${text.formatValue(row.revenue)}`,
      }),
      Plot.ruleY([0]),
    ],
  });
}

/** Distinct customers with a purchase per calendar month, with new customers beneath. */
export function activeCustomersChart(rows: MonthlyOverviewRow[], width: number, text: ChartText & { active: string; newCustomers: string }): SVGSVGElement | HTMLElement {
  // The as-of month is not over yet: a line dropping to it would read as a collapse.
  const complete = rows.filter((row) => !row.is_partial);
  const series = complete.flatMap((row) => [
    { month: monthDate(row), value: row.active_customers, series: text.active, partial: row.is_partial },
    { month: monthDate(row), value: row.new_customers, series: text.newCustomers, partial: row.is_partial },
  ]);
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    x: { label: text.month, tickFormat: (d: Date) => text.formatMonth(d), ticks: bandTicks(complete, width) },
    y: { label: text.value, grid: true, tickFormat: (value: number) => text.formatValue(value) },
    color: { domain: [text.active, text.newCustomers], range: ["#2459c9", "#e08a1e"], legend: true },
    marks: [
      Plot.lineY(series, { x: "month", y: "value", stroke: "series", curve: "monotone-x" }),
      Plot.dot(series, { x: "month", y: "value", fill: "series", r: 2.5, title: (d: { month: Date; value: number; series: string }) => `${text.formatMonth(d.month)}\n${d.series}: ${text.formatValue(d.value)}` }),
      Plot.ruleY([0]),
    ],
  });
}

/** Every k-th month so band labels don't overlap at the chart's width. */
function bandTicks(rows: MonthlyOverviewRow[], width: number): Date[] {
  const every = Math.max(1, Math.ceil((rows.length * 80) / width));
  return rows.filter((_, index) => index % every === 0).map(monthDate);
}
