import * as Plot from "@observablehq/plot";
import { bandTicks, type ChurnChartText } from "./chart-text";
import type { PeriodRow } from "./types";

export type GrowthMeasure = "customers" | "revenue";
type GrowthGroup = "new" | "resurrected" | "retained" | "churned";
type Bar = { period: string; group: string; value: number; partial: boolean };

const GROUPS: GrowthGroup[] = ["new", "retained", "resurrected", "churned"];
const COLORS = ["#2f9e6b", "#2459c9", "#e08a1e", "#c8402f"];

function groupValue(row: PeriodRow, group: GrowthGroup, measure: GrowthMeasure): number {
  if (measure === "customers") return group === "churned" ? -row.churned : row[group];
  return group === "churned" ? -row.churned_revenue : row[`${group}_revenue`];
}

/** Growth accounting bars: new, retained and resurrected above zero, churned below; the partial period lighter. */
export function growthAccountingChart(
  rows: PeriodRow[],
  measure: GrowthMeasure,
  width: number,
  text: ChurnChartText & { groups: Record<GrowthGroup, string> },
): SVGSVGElement | HTMLElement {
  const bars: Bar[] = rows.flatMap((row) =>
    GROUPS.map((group) => ({ period: row.period, group: text.groups[group], value: groupValue(row, group, measure), partial: row.is_partial })),
  );
  const labels = rows.map((row) => row.period);
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 64,
    marginBottom: 40,
    x: { type: "band", domain: labels, label: text.period, ticks: bandTicks(labels, width), padding: 0.15 },
    y: { label: text.value, grid: true, tickFormat: (value: number) => text.formatValue(Math.abs(value)) },
    color: { domain: GROUPS.map((group) => text.groups[group]), range: COLORS, legend: true },
    marks: [
      Plot.barY(bars, {
        x: "period",
        y: "value",
        fill: "group",
        fillOpacity: (bar: Bar) => (bar.partial ? 0.4 : 1),
        order: GROUPS.map((group) => text.groups[group]),
        title: (bar: Bar) => `${bar.period}${bar.partial ? ` (${text.partial})` : ""}\n${bar.group}: ${text.formatValue(Math.abs(bar.value))}`,
      }),
      Plot.ruleY([0]),
    ],
  });
}
