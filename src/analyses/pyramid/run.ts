import type { Database } from "../../engine/database";
import type { PyramidOptions } from "./options";
import { buildCustomerListQuery, buildMigrationQuery, buildParetoQuery, buildPyramidSummaryQuery, buildPyramidTiersQuery } from "./query";
import type { CustomerSelection, MigrationCell, ParetoPoint, PyramidCustomer, PyramidResult, PyramidSummary, PyramidTierRow } from "./types";

/** Runs the pyramid, its Pareto curve, Gini and (for a window of N days) the migration matrix. */
export async function runPyramid(db: Database, options: PyramidOptions): Promise<PyramidResult> {
  const [summary] = await db.query<PyramidSummary>(buildPyramidSummaryQuery(options));
  if (!summary) throw new Error("The pyramid summary query returned no row");
  const tiers = await db.query<PyramidTierRow>(buildPyramidTiersQuery(options));
  const pareto = await db.query<ParetoPoint>(buildParetoQuery(options));
  const migrationQuery = buildMigrationQuery(options);
  const migration = migrationQuery === null ? null : await db.query<MigrationCell>(migrationQuery);
  return { summary, tiers, pareto, migration };
}

/** The customers of one tier or one migration cell. */
export function runPyramidCustomers(db: Database, options: PyramidOptions, selection: CustomerSelection): Promise<PyramidCustomer[]> {
  return db.query<PyramidCustomer>(buildCustomerListQuery(options, selection));
}
