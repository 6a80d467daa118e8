import type { Database } from "../../engine/database";
import { toCsv } from "../../cli/output";
import type { CohortOptions } from "./options";
import { buildCohortMatrixQuery } from "./query";
import type { CohortCellRow } from "./types";

/** One cohort as the command line prints it. */
export type CohortCliCohort = {
  cohort: string;
  size: number;
  offsets: { k: number; customers: number; retention: number; revenue: number; revenue_retention: number | null }[];
};

/** Groups the cells (ordered by cohort, then k) into the command line's `cohorts` list. */
export function toCliCohorts(cells: CohortCellRow[]): CohortCliCohort[] {
  const cohorts: CohortCliCohort[] = [];
  for (const cell of cells) {
    let current = cohorts.at(-1);
    if (current?.cohort !== cell.cohort) {
      current = { cohort: cell.cohort, size: cell.cohort_size, offsets: [] };
      cohorts.push(current);
    }
    const { k, customers, retention, revenue, revenue_retention } = cell;
    current.offsets.push({ k, customers, retention, revenue, revenue_retention });
  }
  return cohorts;
}

/** The command's output on the loaded `transactions`: `{ cohorts }` as JSON, one CSV row per cohort and offset. */
export async function cohortsCliOutput(db: Database, options: CohortOptions): Promise<{ json: { cohorts: CohortCliCohort[] }; csv: string }> {
  const cohorts = toCliCohorts(await db.query<CohortCellRow>(buildCohortMatrixQuery(options)));
  const rows = cohorts.flatMap(({ cohort, size, offsets }) => offsets.map((offset) => ({ cohort, size, ...offset })));
  return { json: { cohorts }, csv: toCsv(rows) };
}
