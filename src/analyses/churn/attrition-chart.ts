import * as Plot from "@observablehq/plot";
import { bandTicks, type ChurnChartText } from "./chart-text";
import type { PeriodRow } from "./types";

type RatePoint = { period: string; rate: number; series: string };

/** Attrition and retention rate per period (periods without a known rate left out), the pooled attrition dashed. */
export function attritionChart(
  rows: PeriodRow[],
  pooledAttritionRate: number | null,
  width: number,
  text: ChurnChartText & { attrition: string; retention: string },
): SVGSVGElement | HTMLElement {
  const known = rows.filter((row) => row.attrition_rate !== null && row.retention_rate !== null);
  const points: RatePoint[] = known.flatMap((row) => [
    { period: row.period, rate: row.attrition_rate ?? 0, series: text.attrition },
    { period: row.period, rate: row.retention_rate ?? 0, series: text.retention },
  ]);
  const labels = known.map((row) => row.period);
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    marginBottom: 40,
    x: { type: "point", domain: labels, label: text.period, ticks: bandTicks(labels, width), padding: 0.3 },
    y: { label: text.value, domain: [0, 1], grid: true, tickFormat: (value: number) => text.formatValue(value) },
    color: { domain: [text.attrition, text.retention], range: ["#c8402f", "#2459c9"], legend: true },
    marks: [
      pooledAttritionRate === null ? null : Plot.ruleY([pooledAttritionRate], { stroke: "#c8402f", strokeDasharray: "4,4", strokeOpacity: 0.7 }),
      Plot.lineY(points, { x: "period", y: "rate", stroke: "series" }),
      Plot.dot(points, {
        x: "period",
        y: "rate",
        fill: "series",
        r: 2.5,
        title: (point: RatePoint) => `${point.period}\n${point.series}: ${text.formatValue(point.rate)}`,
      }),
    ],
  });
}
