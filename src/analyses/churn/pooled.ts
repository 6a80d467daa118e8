import type { GapCountRow, PeriodRow } from "./types";

/** The pooled attrition over every period whose next period is complete: Σ lost ÷ Σ active. */
export type PooledAttrition = {
  /** Periods with a known attrition rate. */
  periods: number;
  /** Σ active over those periods (customer-periods). */
  active: number;
  /** Σ lost over those periods. */
  lost: number;
  /** lost ÷ active; null when no period has a known rate. */
  attrition_rate: number | null;
  first_period: string | null;
  last_period: string | null;
};

/** Pools the periods with a known attrition rate: each customer-period counts once. */
export function pooledAttrition(rows: PeriodRow[]): PooledAttrition {
  const known = rows.filter((row) => row.lost !== null && row.active > 0);
  const active = known.reduce((sum, row) => sum + row.active, 0);
  const lost = known.reduce((sum, row) => sum + (row.lost ?? 0), 0);
  return {
    periods: known.length,
    active,
    lost,
    attrition_rate: active > 0 ? lost / active : null,
    first_period: known[0]?.period ?? null,
    last_period: known.at(-1)?.period ?? null,
  };
}

/** Share of the gaps between consecutive purchase days that are at most `days` long (null without gaps). */
export function shareOfGapsWithin(distribution: GapCountRow[], days: number): number | null {
  const total = distribution.reduce((sum, row) => sum + row.gaps, 0);
  if (total === 0) return null;
  return distribution.filter((row) => row.gap_days <= days).reduce((sum, row) => sum + row.gaps, 0) / total;
}
