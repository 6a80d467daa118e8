import * as Plot from "@observablehq/plot";
import type { GapCountRow } from "./types";

/** Histogram of the days between consecutive purchase days, with the threshold N as a red line. */
export function gapHistogram(
  rows: GapCountRow[],
  thresholdDays: number,
  width: number,
  text: { days: string; count: string; threshold: string; formatValue: (value: number) => string },
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 56,
    marginBottom: 40,
    x: { label: text.days, domain: [0, Math.max(thresholdDays, ...rows.map((row) => row.gap_days)) + 1] },
    y: { label: text.count, grid: true, tickFormat: (value: number) => text.formatValue(value) },
    marks: [
      Plot.rectY(rows, Plot.binX<Plot.RectYOptions>({ y: "sum" }, { x: "gap_days", y: "gaps", fill: "#2459c9", thresholds: 40 })),
      Plot.ruleY([0]),
      Plot.ruleX([thresholdDays], { stroke: "#c8402f", strokeWidth: 2 }),
      Plot.text([thresholdDays], { x: (days: number) => days, frameAnchor: "top", dx: 4, textAnchor: "start", text: () => text.threshold, fill: "#c8402f" }),
    ],
  });
}
