import * as Plot from "@observablehq/plot";
import type { RfmMeasure } from "./options";
import type { DistributionBinRow, RfmCellRow, ScoreRangeRow } from "./types";

/** About how wide a 10 px label is drawn: Chinese characters take about twice the room of Latin ones. */
function labelWidth(text: string): number {
  return [...text].reduce((width, character) => width + (/[\u2e80-\u9fff\uff00-\uffef]/.test(character) ? 11 : 6.2), 0);
}

/** One bar pair of the segment chart: the segment's share of customers and of net revenue, named in the user's language. */
export type SegmentShareDatum = { name: string; color: string; customerShare: number; revenueShare: number };

/** Horizontal bars per segment: share of customers beside share of net revenue. */
export function segmentShareChart(
  rows: SegmentShareDatum[],
  width: number,
  text: { share: string; customers: string; revenue: string; formatShare: (share: number) => string },
): SVGSVGElement | HTMLElement {
  const data = rows.flatMap((row) => [
    { name: row.name, series: text.customers, share: row.customerShare, color: row.color },
    { name: row.name, series: text.revenue, share: row.revenueShare, color: row.color },
  ]);
  return Plot.plot({
    width,
    height: 40 + rows.length * 34,
    marginLeft: Math.min(360, 12 + Math.max(0, ...rows.map((row) => labelWidth(row.name)))),
    x: { label: text.share, grid: true, tickFormat: (share: number) => text.formatShare(share) },
    y: { axis: null, domain: [text.customers, text.revenue] },
    fy: { label: null, domain: rows.map((row) => row.name), padding: 0.15 },
    color: { domain: [text.customers, text.revenue], range: ["#2459c9", "#e08a1e"], legend: true },
    marks: [
      Plot.barX(data, { x: "share", y: "series", fy: "name", fill: "series", title: (d: (typeof data)[number]) => `${d.name}\n${d.series}: ${text.formatShare(d.share)}` }),
      Plot.ruleX([0]),
    ],
  });
}

/** The R × FM grid as a heatmap of customers or net revenue, R = 5 on top as in the segment map. */
export function cellHeatmap(
  cells: RfmCellRow[],
  width: number,
  text: { value: "customers" | "revenue"; r: string; fm: string; label: string; segmentName: (cell: RfmCellRow) => string; format: (value: number) => string },
): SVGSVGElement | HTMLElement {
  const size = Math.min(width, 520);
  const largest = Math.max(0, ...cells.map((cell) => cell[text.value]));
  const ink = (cell: RfmCellRow) => (largest > 0 && cell[text.value] > largest * 0.55 ? "white" : "#1d2330");
  return Plot.plot({
    width: size,
    height: size * 0.8,
    marginLeft: 44,
    x: { label: text.fm, domain: [1, 2, 3, 4, 5], type: "band" },
    y: { label: text.r, domain: [5, 4, 3, 2, 1], type: "band" },
    color: { type: "linear", scheme: "blues", label: text.label, legend: true, zero: true },
    marks: [
      Plot.cell(cells, {
        x: "fm_score",
        y: "r_score",
        fill: text.value,
        inset: 1,
        title: (cell: RfmCellRow) => `R ${cell.r_score} × FM ${cell.fm_score}: ${text.segmentName(cell)}\n${text.label}: ${text.format(cell[text.value])}`,
      }),
      Plot.text(cells, {
        x: "fm_score",
        y: "r_score",
        text: (cell: RfmCellRow) => text.format(cell[text.value]),
        fill: ink,
        dy: -6,
        fontWeight: 600,
        fontSize: 12,
      }),
      Plot.text(cells, { x: "fm_score", y: "r_score", text: (cell: RfmCellRow) => text.segmentName(cell), dy: 9, fontSize: 9, fill: ink }),
    ],
  });
}

/** Where the score changes along a measure's axis: the smallest value of each filled score but the first. */
export function scoreBoundaries(ranges: ScoreRangeRow[], measure: RfmMeasure): number[] {
  const starts = ranges
    .filter((row) => row.measure === measure && row.customers > 0 && row.min_value !== null)
    .map((row) => row.min_value as number)
    .sort((a, b) => a - b);
  return starts.slice(1);
}

/** Histogram of one measure, the score boundaries dashed, the open-ended last bin marked "+". */
export function distributionChart(
  bins: DistributionBinRow[],
  boundaries: number[],
  width: number,
  text: { measure: string; customers: string; format: (value: number) => string },
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 52,
    x: { label: text.measure, tickFormat: (value: number) => text.format(value) },
    y: { label: text.customers, grid: true },
    marks: [
      Plot.rectY(bins, {
        x1: "bin_start",
        x2: "bin_end",
        y: "customers",
        fill: "#2459c9",
        inset: 0.5,
        title: (bin: DistributionBinRow) => `${text.format(bin.bin_start)} – ${bin.open_ended ? "…" : text.format(bin.bin_end)}\n${text.customers}: ${bin.customers}`,
      }),
      Plot.text(
        bins.filter((bin) => bin.open_ended),
        { x: (bin: DistributionBinRow) => (bin.bin_start + bin.bin_end) / 2, y: "customers", text: () => "+", dy: -8, fontWeight: 700 },
      ),
      Plot.ruleX(boundaries, { stroke: "#e08a1e", strokeDasharray: "4,3" }),
      Plot.ruleY([0]),
    ],
  });
}
