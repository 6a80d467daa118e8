import { literal } from "../../engine/sql";
import type { TierRule } from "./options";

/** A percentage with at most two decimals as an exact SQL DECIMAL fraction: 1 → 0.01, 20 → 0.2, 2.5 → 0.025. */
export function percentFraction(percent: number): string {
  const basisPoints = Math.round(percent * 100);
  const whole = Math.floor(basisPoints / 10_000);
  const decimals = String(basisPoints % 10_000).padStart(4, "0").replace(/0+$/, "");
  return decimals ? `${whole}.${decimals}` : String(whole);
}

/**
 * The CASE expression giving `tier` from `revenue_rank`, `revenue` and `ranked_customers`. The cut-offs
 * use DECIMAL arithmetic: in floating point 0.07 × 100 is 7.000000000000001 and its ceiling 8.
 */
export function tierCaseSql(rule: TierRule): string {
  if (rule.kind === "percentages") {
    return `CASE
        WHEN revenue_rank <= ceil(${percentFraction(rule.top)} * ranked_customers) THEN 'top'
        WHEN revenue_rank <= ceil(${percentFraction(rule.big)} * ranked_customers) THEN 'big'
        WHEN revenue_rank <= ceil(${percentFraction(rule.medium)} * ranked_customers) THEN 'medium'
        ELSE 'small'
      END`;
  }
  return `CASE
        WHEN revenue >= ${literal(rule.top)} THEN 'top'
        WHEN revenue >= ${literal(rule.big)} THEN 'big'
        WHEN revenue >= ${literal(rule.medium)} THEN 'medium'
        ELSE 'small'
      END`;
}

/** SQL for the rank cut-offs ceil(p × n) of a percentage rule (NULLs with thresholds), given `n`. */
export function cutoffColumnsSql(rule: TierRule, n: string): string {
  const cutoff = (percent: number) => (rule.kind === "percentages" ? `ceil(${percentFraction(percent)} * ${n})::INTEGER` : "NULL::INTEGER");
  return `${cutoff(rule.top)} AS top_cutoff,
  ${cutoff(rule.big)} AS big_cutoff,
  ${cutoff(rule.medium)} AS medium_cutoff`;
}
