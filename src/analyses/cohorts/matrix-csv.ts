import type { Row } from "../../engine/database";
import { measureValue, type CohortMeasure } from "./measures";
import type { CohortCellRow } from "./types";

/** The triangle of one measure as a wide table: a row per cohort, a column per k (`k0`, `k1` …); empty = no such period yet. */
export function matrixCsvTable(cells: CohortCellRow[], measure: CohortMeasure): { rows: Row[]; columns: string[] } {
  const maxK = cells.reduce((max, cell) => Math.max(max, cell.k), -1);
  const offsets = Array.from({ length: maxK + 1 }, (_, k) => `k${k}`);
  const byCohort = new Map<string, Row>();
  for (const cell of cells) {
    const row = byCohort.get(cell.cohort) ?? { cohort: cell.cohort, cohort_start: cell.cohort_start, cohort_size: cell.cohort_size };
    row[`k${cell.k}`] = measureValue(cell, measure);
    if (cell.is_partial) row.partial_k = cell.k;
    byCohort.set(cell.cohort, row);
  }
  return { rows: [...byCohort.values()], columns: ["cohort", "cohort_start", "cohort_size", ...offsets, "partial_k"] };
}
