import * as Plot from "@observablehq/plot";
import { lazyTitles } from "./lazy-titles";
import { measureValue, type CohortMeasure } from "./measures";
import type { CohortCellRow } from "./types";

/** Labels, formatters and the tooltip in the user's language, passed in so the chart stays a pure function. */
export interface HeatmapText {
  offsetAxis: string;
  cohortAxis: string;
  sizeHeader: string;
  formatValue: (value: number | null) => string;
  formatSize: (size: number) => string;
  tooltip: (cell: CohortCellRow) => string;
}

type Drawn = { cell: CohortCellRow; index: number; value: number | null };

/** The value below which `share` of the sorted values lie (nearest rank). */
function quantile(sorted: number[], share: number): number {
  return sorted[Math.floor(share * (sorted.length - 1))] ?? 0;
}

/**
 * Colour domain from the values after period 0 (period 0 would wash every later cell out) between their 5th
 * and 95th percentiles, so one outlier does not either; values beyond get the end colours.
 */
function colorScale(drawn: Drawn[], measure: CohortMeasure): Plot.ScaleOptions {
  const values = drawn.map((d) => d.value).filter((value): value is number => value !== null);
  const later = drawn.filter((d) => d.cell.k > 0 && d.value !== null).map((d) => d.value as number);
  const basis = (measure === "cumulative_revenue_per_customer" || later.length === 0 ? values : later).sort((a, b) => a - b);
  const low = Math.min(0, quantile(basis, 0.05));
  const high = Math.max(quantile(basis, 0.95), low + 1e-9);
  if (low < 0) return { type: "diverging", scheme: "RdBu", pivot: 0, domain: [-Math.max(high, -low), Math.max(high, -low)], clamp: true };
  return { type: "linear", scheme: "Blues", domain: [0, high], clamp: true };
}

/** The retention triangle: a row per cohort (size beside it), a column per offset k; periods not reached yet stay empty, the partial one is outlined. */
export function cohortHeatmap(
  cells: CohortCellRow[],
  measure: CohortMeasure,
  width: number,
  text: HeatmapText,
  selected?: { cohort: string; k: number } | null,
): SVGSVGElement | HTMLElement {
  const drawn: Drawn[] = cells.map((cell, index) => ({ cell, index, value: measureValue(cell, measure) }));
  const offsets = [...new Set(cells.map((cell) => cell.k))].sort((a, b) => a - b);
  const cohorts = cells.filter((cell) => cell.k === 0);
  const rowHeight = cohorts.length > 40 ? 12 : cohorts.length > 20 ? 18 : 26;
  const margins = { marginLeft: 78, marginRight: 76, marginTop: 42, marginBottom: 8 };
  const cellWidth = (width - margins.marginLeft - margins.marginRight) / Math.max(1, offsets.length);
  const showValues = cellWidth >= 40 && rowHeight >= 18;
  const color = colorScale(drawn, measure);
  const [low = 0, high = 1] = (color.domain as number[] | undefined) ?? [];
  const dark = (value: number | null) => value !== null && (color.type === "diverging" ? Math.abs(value) / Math.max(high, -low) > 0.55 : value / high > 0.55);
  const withValue = drawn.filter((d) => d.value !== null);
  const withoutValue = drawn.filter((d) => d.value === null);
  return Plot.plot({
    width,
    height: margins.marginTop + margins.marginBottom + rowHeight * cohorts.length,
    ...margins,
    x: { type: "band", domain: offsets, axis: "top", label: text.offsetAxis, labelAnchor: "center", labelArrow: "none", ticks: offsets.filter((k) => k % Math.max(1, Math.ceil(24 / cellWidth)) === 0) },
    y: { type: "band", domain: cohorts.map((row) => row.cohort), label: null },
    color,
    marks: [
      Plot.cell(withValue, { x: (d: Drawn) => d.cell.k, y: (d: Drawn) => d.cell.cohort, fill: (d: Drawn) => d.value, inset: 0.5, render: lazyTitles(withValue, (d) => text.tooltip(d.cell), (d) => d.index) }),
      Plot.cell(withoutValue, { x: (d: Drawn) => d.cell.k, y: (d: Drawn) => d.cell.cohort, fill: "#eceff3", inset: 0.5, render: lazyTitles(withoutValue, (d) => text.tooltip(d.cell), (d) => d.index) }),
      Plot.cell(drawn.filter((d) => d.cell.is_partial), { x: (d: Drawn) => d.cell.k, y: (d: Drawn) => d.cell.cohort, fill: "none", stroke: "#1d2330", strokeDasharray: "3,2", inset: 1.5, pointerEvents: "none" }),
      Plot.cell(selected ? [selected] : [], { x: "k", y: "cohort", fill: "none", stroke: "#e08a1e", strokeWidth: 3, pointerEvents: "none" }),
      showValues
        ? Plot.text(drawn, {
            x: (d: Drawn) => d.cell.k,
            y: (d: Drawn) => d.cell.cohort,
            text: (d: Drawn) => text.formatValue(d.value),
            fill: (d: Drawn) => (dark(d.value) ? "white" : "#1d2330"),
            fontSize: 10,
            pointerEvents: "none",
          })
        : null,
      Plot.text(cohorts, { y: "cohort", text: (row: CohortCellRow) => text.formatSize(row.cohort_size), frameAnchor: "right", textAnchor: "start", dx: 8, fontVariant: "tabular-nums" }),
      Plot.text([text.sizeHeader], { frameAnchor: "top-right", textAnchor: "start", dx: 8, dy: -14, fontWeight: "bold" }),
      Plot.text([text.cohortAxis], { frameAnchor: "top-left", textAnchor: "end", dx: -8, dy: -14, fontWeight: "bold" }),
    ],
  });
}
