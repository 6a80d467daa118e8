import { describe, expect, it } from "vitest";
import { groupCustomers } from "../../../src/analyses/clv/models/customer-groups";
import { fitByMaximumLikelihood, type ModelFit } from "../../../src/analyses/clv/models/fit-model";
import { fitSpendModel } from "../../../src/analyses/clv/models/fit-spend";
import { fitTransactionModel } from "../../../src/analyses/clv/models/fit-transactions";
import { simulateBgNbd, simulateMeanSpend, simulateParetoNbd } from "./simulate";

/** Every parameter within `limit` standard errors of the value the data were simulated from. */
function expectRecovered(fit: ModelFit<Record<string, number>>, truth: Record<string, number>, limit = 3): void {
  expect(fit.converged).toBe(true);
  expect(fit.startsAgreeing).toBeGreaterThanOrEqual(2);
  for (const [name, value] of Object.entries(truth)) {
    const estimate = fit.params[name]!;
    const standardError = fit.standardErrors![name]!;
    expect(Math.abs(estimate - value) / standardError, `${name}: ${estimate} ± ${standardError} vs ${value}`).toBeLessThan(limit);
  }
}

describe("parameter recovery from seeded simulations (5,000 customers, observed 26–52 weeks)", () => {
  const bgTruth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
  const bgCustomers = simulateBgNbd(bgTruth, 5000, 20240601);

  it("recovers BG/NBD r 0.25, α 4, a 0.8, b 2.5", () => {
    expectRecovered(fitTransactionModel("bgnbd", groupCustomers(bgCustomers)), bgTruth);
  });

  it("recovers Gamma-Gamma p 6, q 4, γ 15 from the simulated repeat buyers' mean spend", () => {
    const truth = { p: 6, q: 4, gamma: 15 };
    const meanValue = simulateMeanSpend(truth, bgCustomers.x, 7);
    const fit = fitSpendModel(bgCustomers.x, meanValue)!;
    expect(fit.observations).toBe(bgCustomers.x.filter((x) => x > 0).length);
    expectRecovered(fit, truth);
  });

  it("recovers Pareto/NBD r 0.55, α 10.5, s 0.6, β 11.7", () => {
    const truth = { r: 0.55, alpha: 10.5, s: 0.6, beta: 11.7 };
    expectRecovered(fitTransactionModel("paretonbd", groupCustomers(simulateParetoNbd(truth, 5000, 19970101))), truth);
  });

  it("recovers Pareto/NBD of frequent buyers with long lifetimes (β/α = 50: the ₂F₁ series is slow, quadrature takes over)", () => {
    const truth = { r: 0.8, alpha: 2, s: 0.8, beta: 100 };
    expectRecovered(fitTransactionModel("paretonbd", groupCustomers(simulateParetoNbd(truth, 5000, 31, 52, 156))), truth);
  });
});

describe("reporting fits that cannot be trusted", () => {
  it("says so when nobody ever drops out: BG/NBD's a and b run off to 0 (p is 0 or 1, nothing in between)", () => {
    const neverLeave = simulateParetoNbd({ r: 2, alpha: 10, s: 1, beta: 1e12 }, 1000, 5);
    const fit = fitTransactionModel("bgnbd", groupCustomers(neverLeave));
    expect(fit.converged).toBe(false);
    expect(fit.problems).toContain("parameter_at_boundary");
    // Pareto/NBD finds s ≈ 0 (almost no one's dropout rate above 0): an honest answer, with s within 2 SE of 0.
    const pareto = fitTransactionModel("paretonbd", groupCustomers(neverLeave));
    expect(!pareto.converged || pareto.params.s! < 2 * pareto.standardErrors!.s!).toBe(true);
  });

  it("flags an optimum at infinity and a parameter the data cannot pin down", () => {
    const runaway = fitByMaximumLikelihood<{ theta: number }>(["theta"], ({ theta }) => -1 / theta, [{ theta: 1 }, { theta: 5 }], 1);
    expect(runaway.converged).toBe(false);
    expect(runaway.problems).toContain("parameter_at_boundary");
    const flat = fitByMaximumLikelihood<{ u: number; v: number }>(["u", "v"], ({ u }) => -(Math.log(u) ** 2), [{ u: 2, v: 1 }, { u: 0.5, v: 3 }], 1);
    expect(flat.converged).toBe(false);
    expect(flat.problems).toContain("flat_likelihood");
    expect(flat.standardErrors).toBeNull();
    expect(flat.params.u).toBeCloseTo(1, 6);
  });
});
