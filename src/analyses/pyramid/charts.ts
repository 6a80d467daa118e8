import * as Plot from "@observablehq/plot";
import { pyramidLayout } from "./pyramid-layout";
import type { ParetoPoint, PyramidTier, PyramidTierRow } from "./types";

const SVG_NS = "http://www.w3.org/2000/svg";
const TIER_FILL: Record<PyramidTier, string> = { top: "#163d8f", big: "#2459c9", medium: "#5b86dc", small: "#a9bde9", inactive: "#eef1f5" };
const TIER_TEXT: Record<PyramidTier, string> = { top: "#fff", big: "#fff", medium: "#fff", small: "#1d2330", inactive: "#5f6878" };

/** Labels and formatters in the user's language, passed in so the charts stay pure functions. */
export interface PyramidChartText {
  tierName: (tier: PyramidTier) => string;
  /** The lines written beside a band, e.g. "12 customers · 35.0 % of revenue" and "average 1,234.00". */
  bandLines: (row: PyramidTierRow) => string[];
  formatShare: (share: number | null) => string;
}

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** The customer pyramid as stacked trapezoids (Top narrowest), Inactive dashed below, figures beside each band. */
export function pyramidChart(tiers: PyramidTierRow[], width: number, text: PyramidChartText): SVGSVGElement {
  const layout = pyramidLayout(width);
  const svg = svgElement("svg", { width, height: layout.height, viewBox: `0 0 ${width} ${layout.height}`, "font-family": "system-ui, sans-serif", "font-size": 12 });
  for (const band of layout.bands) {
    const row = tiers.find((candidate) => candidate.tier === band.tier);
    if (!row) continue;
    const group = svgElement("g", { "data-tier": band.tier });
    const outline = svgElement("polygon", {
      points: band.points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" "),
      fill: TIER_FILL[band.tier],
      stroke: band.tier === "inactive" ? "#9aa3b2" : "#fff",
      "stroke-width": 1.5,
      ...(band.tier === "inactive" ? { "stroke-dasharray": "5 4" } : {}),
    });
    outline.append(svgElement("title", {}, [text.tierName(band.tier), ...text.bandLines(row)].join("\n")));
    group.append(outline);
    if (band.tier !== "inactive") {
      group.append(svgElement("text", { x: band.centerX, y: band.centerY, "text-anchor": "middle", "dominant-baseline": "middle", fill: TIER_TEXT[band.tier], "font-weight": 600 }, text.formatShare(row.revenue_share)));
    }
    group.append(svgElement("line", { x1: band.edgeX + 4, y1: band.centerY, x2: band.labelX - 6, y2: band.centerY, stroke: "#9aa3b2" }));
    const [first = "", ...rest] = text.bandLines(row);
    const label = svgElement("text", { x: band.labelX, y: band.centerY - 14, fill: "#1d2330" });
    label.append(svgElement("tspan", { x: band.labelX, dy: 0, "font-weight": 700 }, text.tierName(band.tier)));
    for (const line of [first, ...rest]) label.append(svgElement("tspan", { x: band.labelX, dy: 15, fill: "#5f6878" }, line));
    group.append(label);
    svg.append(group);
  }
  return svg;
}

/** Labels of the Pareto chart in the user's language. */
export interface ParetoChartText {
  customerShare: string;
  revenueShare: string;
  formatPercent: (share: number) => string;
  /** e.g. "19 % of customers → 80 %"; null when there is no revenue. */
  point80: string | null;
  point20: string | null;
}

type CurvePoint = { customerShare: number; revenueShare: number };

/** Cumulative revenue share of the top customers (from the top), the equality diagonal, the 80 % and 20 % points. */
export function paretoChart(points: ParetoPoint[], marks: { share80: number | null; top20: number | null }, width: number, text: ParetoChartText): SVGSVGElement | HTMLElement {
  const curve: CurvePoint[] = [
    { customerShare: 0, revenueShare: 0 },
    ...points.filter((point) => point.revenue_share !== null).map((point) => ({ customerShare: point.percent_of_customers / 100, revenueShare: point.revenue_share ?? 0 })),
  ];
  const annotations = [
    ...(marks.share80 !== null && text.point80 ? [{ customerShare: marks.share80, revenueShare: 0.8, label: text.point80 }] : []),
    ...(marks.top20 !== null && text.point20 ? [{ customerShare: 0.2, revenueShare: marks.top20, label: text.point20 }] : []),
  ];
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 52,
    marginBottom: 40,
    x: { domain: [0, 1], label: text.customerShare, tickFormat: text.formatPercent, grid: true },
    y: { domain: [0, 1], label: text.revenueShare, tickFormat: text.formatPercent, grid: true },
    marks: [
      Plot.areaY(curve, { x: "customerShare", y1: "customerShare", y2: "revenueShare", fill: "#2459c9", fillOpacity: 0.12 }),
      Plot.line([[0, 0], [1, 1]], { stroke: "#9aa3b2", strokeDasharray: "4 4" }),
      Plot.line(curve, { x: "customerShare", y: "revenueShare", stroke: "#2459c9", strokeWidth: 2 }),
      Plot.ruleX(annotations, { x: "customerShare", y1: 0, y2: "revenueShare", stroke: "#e08a1e", strokeDasharray: "3 3" }),
      Plot.ruleY(annotations, { y: "revenueShare", x1: 0, x2: "customerShare", stroke: "#e08a1e", strokeDasharray: "3 3" }),
      Plot.dot(annotations, { x: "customerShare", y: "revenueShare", fill: "#e08a1e", r: 4 }),
      Plot.text(annotations, { x: "customerShare", y: "revenueShare", text: "label", dx: 8, dy: 12, textAnchor: "start", fill: "#1d2330" }),
      Plot.tip(curve, Plot.pointerX({ x: "customerShare", y: "revenueShare", title: (point: CurvePoint) => `${text.customerShare}: ${text.formatPercent(point.customerShare)}\n${text.revenueShare}: ${text.formatPercent(point.revenueShare)}` })),
    ],
  });
}
