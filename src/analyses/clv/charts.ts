import * as Plot from "@observablehq/plot";
import type { HoldoutCheckRow } from "./model-checks/holdout-by-frequency";
import type { AliveCell } from "./model-checks/p-alive-matrix";
import type { RepeatHistogramRow } from "./model-checks/repeat-histogram";
import type { ClvCustomerRow, TrackingPoint } from "./result-types";
import { topRows } from "../../ui/top-rows";

/** Labels and formatters in the user's language, passed in so charts stay pure functions. */
export interface ClvChartText {
  actual: string;
  expected: string;
  customers: string;
  repeatPurchases: string;
  /** "7+" style label for the last group. */
  groupLabel: (group: number) => string;
  formatNumber: (value: number, digits?: number) => string;
}

const ACTUAL = "#2459c9";
const MODEL = "#e08a1e";

function actualAndModel(rows: { group: string; actual: number; model: number }[], text: ClvChartText) {
  return rows.flatMap((row) => [
    { group: row.group, series: text.actual, value: row.actual },
    { group: row.group, series: text.expected, value: row.model },
  ]);
}

/** Customers by calibration repeat purchases: actual against the model's expectation, side by side. */
export function repeatHistogramChart(rows: RepeatHistogramRow[], width: number, text: ClvChartText): SVGSVGElement | HTMLElement {
  const groups = rows.map((row) => text.groupLabel(row.repeat_purchases));
  const data = actualAndModel(rows.map((row, i) => ({ group: groups[i]!, actual: row.actual, model: row.expected })), text);
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    fx: { domain: groups, label: text.repeatPurchases, padding: 0.15 },
    x: { axis: null, domain: [text.actual, text.expected] },
    y: { label: text.customers, grid: true, tickFormat: (value: number) => text.formatNumber(value) },
    color: { domain: [text.actual, text.expected], range: [ACTUAL, MODEL], legend: true },
    marks: [
      Plot.barY(data, {
        fx: "group",
        x: "series",
        y: "value",
        fill: "series",
        title: (d: { group: string; series: string; value: number }) => `${d.group}: ${d.series} ${text.formatNumber(d.value, 1)}`,
      }),
      Plot.ruleY([0]),
    ],
  });
}

/** P(alive) for every repeat count (rows) and last-purchase time (columns) at the oldest customer's age. */
export function aliveMatrixChart(cells: AliveCell[], width: number, text: ClvChartText & { recency: string; pAlive: string }): SVGSVGElement | HTMLElement {
  const recencies = [...new Set(cells.map((cell) => cell.t_x))];
  const columns = recencies.length;
  const rows = new Set(cells.map((cell) => cell.x)).size;
  return Plot.plot({
    width,
    height: Math.min(520, 60 + rows * 14),
    marginLeft: 48,
    x: { label: text.recency, tickFormat: (value: number) => text.formatNumber(value, 0), type: "band", ticks: recencies.filter((_, i) => i % 5 === 0) },
    y: { label: text.repeatPurchases, type: "band", reverse: true, tickFormat: (value: number) => (value % 5 === 0 ? String(value) : "") },
    color: { type: "linear", domain: [0, 1], scheme: "RdYlGn", legend: true, label: text.pAlive },
    marks: [
      Plot.cell(cells, {
        x: "t_x",
        y: "x",
        fill: "p_alive",
        inset: columns > 40 ? 0 : 0.5,
        title: (cell: AliveCell) => `x = ${cell.x}, t_x = ${text.formatNumber(cell.t_x, 1)}\n${text.pAlive} ${text.formatNumber(cell.p_alive, 3)}`,
      }),
    ],
  });
}

/** Distribution of CLV over customers (the top 1 % are drawn at the 99th percentile so the bulk stays readable). */
export function clvDistributionChart(rows: ClvCustomerRow[], width: number, text: ClvChartText & { clv: string }): SVGSVGElement | HTMLElement {
  const values = new Float64Array(rows.length);
  let count = 0;
  for (const row of rows) if (row.clv !== null && Number.isFinite(row.clv)) values[count++] = row.clv;
  // A typed array sorts numerically without a comparator: ~10× faster at 100 k customers.
  const sorted = values.slice(0, count).sort();
  const cap = sorted[Math.floor(0.99 * (sorted.length - 1))] ?? 0;
  // Binned from a typed array through Plot.identity: no accessor call per customer (0.45 s at 500,000).
  const capped = values.subarray(0, count).map((value) => Math.min(value, cap));
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    x: { label: text.clv, tickFormat: (value: number) => text.formatNumber(value) },
    y: { label: text.customers, grid: true, tickFormat: (value: number) => text.formatNumber(value) },
    marks: [Plot.rectY(capped, { ...Plot.binX({ y: "count" }, { x: Plot.identity, thresholds: 40 }), fill: ACTUAL }), Plot.ruleY([0])],
  });
}

/** The customers with the highest CLV, as horizontal bars. */
export function topCustomersChart(rows: ClvCustomerRow[], width: number, text: ClvChartText & { clv: string; customer: string }, count = 20): SVGSVGElement | HTMLElement {
  const top = topRows(
    rows.filter((row) => row.clv !== null && Number.isFinite(row.clv)),
    (a, b) => (b.clv ?? 0) - (a.clv ?? 0) || a.customer_id.localeCompare(b.customer_id),
    count,
  );
  return Plot.plot({
    width,
    height: 40 + top.length * 18,
    marginLeft: Math.min(160, 12 + 7 * Math.max(4, ...top.map((row) => row.customer_id.length))),
    x: { label: text.clv, grid: true, tickFormat: (value: number) => text.formatNumber(value) },
    y: { label: text.customer, domain: top.map((row) => row.customer_id) },
    marks: [
      Plot.barX(top, {
        y: "customer_id",
        x: "clv",
        fill: ACTUAL,
        title: (row: ClvCustomerRow) => `${row.customer_id}\n${text.clv} ${text.formatNumber(row.clv ?? 0, 2)}`,
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** Mean holdout purchases per calibration repeat count: actual against the model's prediction. */
export function holdoutCheckChart(rows: HoldoutCheckRow[], width: number, text: ClvChartText & { meanHoldout: string }): SVGSVGElement | HTMLElement {
  const data = actualAndModel(rows.map((row) => ({ group: text.groupLabel(row.repeat_purchases), actual: row.actual_mean, model: row.predicted_mean })), text);
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    x: { domain: rows.map((row) => text.groupLabel(row.repeat_purchases)), label: text.repeatPurchases, type: "point", inset: 20 },
    y: { label: text.meanHoldout, grid: true, tickFormat: (value: number) => text.formatNumber(value, 1) },
    color: { domain: [text.actual, text.expected], range: [ACTUAL, MODEL], legend: true },
    marks: [
      Plot.line(data, { x: "group", y: "value", stroke: "series" }),
      Plot.dot(data, { x: "group", y: "value", fill: "series", r: 3, title: (d: { group: string; series: string; value: number }) => `${d.group}: ${d.series} ${text.formatNumber(d.value, 2)}` }),
      Plot.ruleY([0]),
    ],
  });
}

/** Cumulative repeat purchases week by week, actual and model, with the calibration end marked. */
export function trackingChart(points: TrackingPoint[], calibrationWeek: number, width: number, text: ClvChartText & { week: string; cumulative: string; calibrationEnd: string }): SVGSVGElement | HTMLElement {
  const data = points.flatMap((point) => [
    { week: point.week, series: text.actual, value: point.cumulative_repeat_purchases },
    { week: point.week, series: text.expected, value: point.predicted_cumulative },
  ]);
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 64,
    x: { label: text.week },
    y: { label: text.cumulative, grid: true, tickFormat: (value: number) => text.formatNumber(value) },
    color: { domain: [text.actual, text.expected], range: [ACTUAL, MODEL], legend: true },
    marks: [
      Plot.ruleX([calibrationWeek], { stroke: "#999", strokeDasharray: "4 3" }),
      Plot.text([calibrationWeek], { x: (d: number) => d, frameAnchor: "top", dx: 4, textAnchor: "start", text: () => text.calibrationEnd, fill: "#666" }),
      Plot.line(
        data.filter((d) => d.series === text.actual),
        { x: "week", y: "value", stroke: "series" },
      ),
      Plot.line(
        data.filter((d) => d.series === text.expected),
        { x: "week", y: "value", stroke: "series", strokeDasharray: "5 3" },
      ),
      Plot.ruleY([0]),
    ],
  });
}
