import type { Database } from "../../engine/database";
import { sizeWeightedAverageCurve } from "./average-curve";
import { buildCohortListQuery } from "./cohort-list-query";
import { buildCohortCellCustomersQuery, type CellCustomerSet, type CohortCell } from "./customers-query";
import type { CohortOptions } from "./options";
import { buildCohortMatrixQuery } from "./query";
import type { CohortCellCustomerRow, CohortCellRow, CohortListRow, CohortResult } from "./types";

/** Runs the triangle's cells, lists every cohort (for the range control) and derives the all-cohorts average curve. */
export async function runCohorts(db: Database, options: CohortOptions): Promise<CohortResult> {
  const cells = await db.query<CohortCellRow>(buildCohortMatrixQuery(options));
  const ranged = Boolean(options.firstCohort || options.lastCohort);
  const cohorts = ranged
    ? await db.query<CohortListRow>(buildCohortListQuery(options))
    : cells.filter((cell) => cell.k === 0).map(({ cohort, cohort_start, cohort_size }) => ({ cohort, cohort_start, cohort_size }));
  return { cohorts, cells, average: sizeWeightedAverageCurve(cells) };
}

/** The customers behind one cell. */
export async function runCohortCellCustomers(db: Database, options: CohortOptions, cell: CohortCell, set: CellCustomerSet): Promise<CohortCellCustomerRow[]> {
  return await db.query<CohortCellCustomerRow>(buildCohortCellCustomersQuery(options, cell, set));
}
