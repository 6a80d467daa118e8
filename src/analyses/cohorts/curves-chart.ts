import * as Plot from "@observablehq/plot";
import { lazyTitles } from "./lazy-titles";
import { measureValue, type CohortMeasure } from "./measures";
import type { CohortAverageRow, CohortCellRow } from "./types";

/** Labels, formatters and tooltips in the user's language. */
export interface CurvesText {
  offsetAxis: string;
  valueAxis: string;
  averageLabel: string;
  formatValue: (value: number) => string;
  tooltip: (cell: CohortCellRow) => string;
  averageTooltip: (row: CohortAverageRow) => string;
}

const STARTS_AT_100: Record<CohortMeasure, boolean> = {
  retention: true,
  retention_on_or_after: true,
  revenue_retention: true,
  revenue: false,
  cumulative_revenue_per_customer: false,
};

type Point = { k: number; value: number; cohort: string; cell: CohortCellRow; index: number };
type AveragePoint = { k: number; value: number; row: CohortAverageRow };

/**
 * One line per cohort over its complete periods and the size-weighted average of all cohorts in bold. For
 * the shares that are 100 % at k = 0 by definition, the curves start at k = 1 so the later periods can be read.
 */
export function cohortCurves(cells: CohortCellRow[], average: CohortAverageRow[], measure: CohortMeasure, width: number, text: CurvesText): SVGSVGElement | HTMLElement {
  const firstK = STARTS_AT_100[measure] ? 1 : 0;
  const points: Point[] = cells.flatMap((cell, index) => {
    const value = measureValue(cell, measure);
    return cell.is_partial || value === null || cell.k < firstK ? [] : [{ k: cell.k, value, cohort: cell.cohort, cell, index }];
  });
  const averagePoints: AveragePoint[] = average.flatMap((row) => {
    const value = measureValue(row, measure);
    return value === null || row.k < firstK ? [] : [{ k: row.k, value, row }];
  });
  const cohorts = [...new Set(cells.map((cell) => cell.cohort))];
  const last = averagePoints.at(-1);
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 64,
    marginRight: 24,
    x: { label: text.offsetAxis, tickFormat: (k: number) => (Number.isInteger(k) ? String(k) : "") },
    y: { label: text.valueAxis, grid: true, tickFormat: (value: number) => text.formatValue(value) },
    color: { type: "ordinal", domain: cohorts, scheme: "viridis", legend: cohorts.length <= 12 },
    marks: [
      Plot.ruleY([0]),
      Plot.line(points, { x: "k", y: "value", z: "cohort", stroke: "cohort", strokeOpacity: 0.6, strokeWidth: 1.2 }),
      Plot.dot(points, { x: "k", y: "value", fill: "cohort", r: 2, render: lazyTitles(points, (point) => text.tooltip(point.cell), (point) => point.index) }),
      Plot.line(averagePoints, { x: "k", y: "value", stroke: "#1d2330", strokeWidth: 3 }),
      Plot.dot(averagePoints, { x: "k", y: "value", fill: "#1d2330", r: 3.5, render: lazyTitles(averagePoints, (point) => text.averageTooltip(point.row)) }),
      last ? Plot.text([last], { x: "k", y: "value", text: () => text.averageLabel, dy: -12, textAnchor: "end", fontWeight: "bold" }) : null,
    ],
  });
}
