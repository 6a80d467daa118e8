import { RANKED_TIERS, type MigrationCell, type RankedTier } from "./types";

/** Customers per kind of move in the migration matrix. */
export type MigrationSummary = { up: number; same: number; down: number; new: number; lost: number; back: number };

const level = (tier: string) => RANKED_TIERS.indexOf(tier as RankedTier);

/** Counts moves up (to a higher tier), same tier, down, new, lost and back from inactive. */
export function summarizeMigration(cells: MigrationCell[]): MigrationSummary {
  const summary: MigrationSummary = { up: 0, same: 0, down: 0, new: 0, lost: 0, back: 0 };
  for (const cell of cells) {
    const from = level(cell.from_tier);
    const to = level(cell.to_tier);
    if (cell.from_tier === "new") summary.new += cell.customers;
    else if (cell.to_tier === "lost") summary.lost += cell.customers;
    else if (cell.from_tier === "inactive" && to >= 0) summary.back += cell.customers;
    else if (from >= 0 && to >= 0) summary[to < from ? "up" : to === from ? "same" : "down"] += cell.customers;
  }
  return summary;
}
