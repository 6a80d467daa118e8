/**
 * Benchmark (not a test): fit time for simulated customers. Run with `npx tsx test/analyses/clv/fit-benchmark.ts`.
 * Purchase times are rounded to whole days, as the SQL summary gives them.
 */
import { computeClv, type ClvComputeInput } from "../../../src/analyses/clv/compute";
import type { TransactionModelName } from "../../../src/analyses/clv/options";
import { simulateBgNbd, simulateMeanSpend, simulateParetoNbd, type SimulatedSummary } from "./simulate";

function inDays(summary: SimulatedSummary): SimulatedSummary {
  return { x: summary.x, tx: summary.tx.map((t) => Math.round(t * 7) / 7), T: summary.T.map((t) => Math.round(t * 7) / 7) };
}

function input(summary: SimulatedSummary, model: TransactionModelName, seed: number): ClvComputeInput {
  const n = summary.x.length;
  const meanValue = simulateMeanSpend({ p: 6, q: 4, gamma: 15 }, summary.x, seed);
  const oldest = Math.max(...summary.T.slice(0, 1000), 52);
  return {
    x: Float64Array.from(summary.x),
    tx: Float64Array.from(summary.tx),
    T: Float64Array.from(summary.T),
    meanValue: Float64Array.from(meanValue),
    holdoutPurchases: new Float64Array(n),
    firstDay: Float64Array.from(summary.T, (T) => Math.round((oldest - T) * 7)),
    model,
    unitDays: 7,
    horizon: 52,
    holdoutLength: 0,
    clvMonths: 12,
    monthlyDiscountRate: 0.01,
    margin: 1,
    trackingWeeks: 78,
  };
}

for (const customers of [10_000, 100_000]) {
  for (const model of ["bgnbd", "paretonbd"] as const) {
    const simulated =
      model === "bgnbd"
        ? simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, customers, 42, 1, 78)
        : simulateParetoNbd({ r: 0.55, alpha: 10.5, s: 0.6, beta: 11.7 }, customers, 42, 1, 78);
    const result = computeClv(input(inDays(simulated), model, 7));
    const params = Object.entries(result.model.params).map(([name, value]) => `${name} ${value.toPrecision(4)}`).join(", ");
    console.log(
      `${model} ${customers.toLocaleString("en")} customers: fit ${(result.milliseconds.fit / 1000).toFixed(1)} s (incl. Gamma-Gamma), everything ${(result.milliseconds.total / 1000).toFixed(1)} s; converged ${result.model.converged}; ${params}`,
    );
  }
}
