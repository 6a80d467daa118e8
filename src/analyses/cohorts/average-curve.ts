import type { CohortAverageRow, CohortCellRow } from "./types";

const AVERAGED = ["retention", "retention_on_or_after", "revenue", "revenue_retention", "cumulative_revenue_per_customer"] as const;

/**
 * The "all cohorts" curve from the cells: per k, each measure averaged over the cohorts whose period k is
 * complete, weighted by cohort size, over the cohorts where the measure is not NULL. For retention this is
 * Σ customers ÷ Σ cohort sizes. Computed here rather than in a second SQL pass over the whole table.
 */
export function sizeWeightedAverageCurve(cells: CohortCellRow[]): CohortAverageRow[] {
  const byK = new Map<number, CohortCellRow[]>();
  for (const cell of cells) if (!cell.is_partial) byK.set(cell.k, [...(byK.get(cell.k) ?? []), cell]);
  return [...byK.entries()]
    .sort(([a], [b]) => a - b)
    .map(([k, group]) => {
      const row: CohortAverageRow = {
        k,
        cohorts: group.length,
        cohort_customers: group.reduce((sum, cell) => sum + cell.cohort_size, 0),
        retention: null,
        retention_on_or_after: null,
        revenue: null,
        revenue_retention: null,
        cumulative_revenue_per_customer: null,
      };
      for (const measure of AVERAGED) {
        const defined = group.filter((cell) => cell[measure] !== null);
        const weight = defined.reduce((sum, cell) => sum + cell.cohort_size, 0);
        row[measure] = weight === 0 ? null : defined.reduce((sum, cell) => sum + cell.cohort_size * (cell[measure] ?? 0), 0) / weight;
      }
      return row;
    });
}
