import type { PyramidResult } from "./types";

/** The command line's view of a result: the fields the issue lists, then the summary. */
export function pyramidCliOutput(result: PyramidResult) {
  const tiers = result.tiers.map(({ tier, customers, revenue, revenue_share, avg_revenue }) => ({ tier, customers, revenue, revenue_share, avg_revenue }));
  const pareto = result.pareto.map(({ percent_of_customers, customers, revenue_share }) => ({ percent_of_customers, customers, revenue_share }));
  const migration = result.migration?.map(({ from_tier, to_tier, customers }) => ({ from: from_tier, to: to_tier, customers })) ?? null;
  return { tiers, pareto, gini: result.summary.gini, migration, summary: result.summary };
}
