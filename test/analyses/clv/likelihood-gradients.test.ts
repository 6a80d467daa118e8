import { describe, expect, it } from "vitest";
import { groupCustomers } from "../../../src/analyses/clv/models/customer-groups";
import { bgnbdLogLikelihood, bgnbdLogLikelihoodGradient, type BgNbdParams } from "../../../src/analyses/clv/models/bgnbd";
import { gammaGammaLogLikelihood, gammaGammaLogLikelihoodGradient, prepareSpendData, type GammaGammaParams } from "../../../src/analyses/clv/models/gamma-gamma";
import { simulateBgNbd, simulateMeanSpend } from "./simulate";

const NAMES = ["r", "alpha", "a", "b"] as const;

/** Central differences of the log-likelihood, with a step relative to each parameter. */
function finiteDifferences(params: BgNbdParams, ll: (params: BgNbdParams) => number): number[] {
  return NAMES.map((name) => {
    const h = 1e-6 * params[name];
    return (ll({ ...params, [name]: params[name] + h }) - ll({ ...params, [name]: params[name] - h })) / (2 * h);
  });
}

describe("the exact Gamma-Gamma gradient", () => {
  const customers = simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 2000, 20240601);
  const spend = prepareSpendData(customers.x, simulateMeanSpend({ p: 6, q: 4, gamma: 15 }, customers.x, 7));

  it("equals central differences of ln L", () => {
    for (const params of [
      { p: 6, q: 4, gamma: 15 },
      { p: 0.4, q: 1.2, gamma: 300 },
    ]) {
      const exact = gammaGammaLogLikelihoodGradient(params, spend);
      const numeric = (["p", "q", "gamma"] as const).map((name) => {
        const h = 1e-6 * params[name];
        const at = (value: number): GammaGammaParams => ({ ...params, [name]: value });
        return (gammaGammaLogLikelihood(at(params[name] + h), spend) - gammaGammaLogLikelihood(at(params[name] - h), spend)) / (2 * h);
      });
      exact.forEach((value, i) => expect(Math.abs(value - numeric[i]!), `${i} at ${JSON.stringify(params)}`).toBeLessThan(1e-5 * Math.max(1, Math.abs(value))));
    }
  });
});

describe("the exact BG/NBD gradient the fit's polish and standard errors use", () => {
  const customers = simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 2000, 20240601);
  const groups = groupCustomers(customers);

  it("equals central differences of ln L away from the optimum, at small and large parameters", () => {
    for (const params of [
      { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
      { r: 1.7, alpha: 0.3, a: 0.05, b: 40 },
      { r: 0.02, alpha: 60, a: 6, b: 0.4 },
    ]) {
      const exact = bgnbdLogLikelihoodGradient(params, groups);
      const numeric = finiteDifferences(params, (p) => bgnbdLogLikelihood(p, groups));
      exact.forEach((value, i) => expect(Math.abs(value - numeric[i]!), `${NAMES[i]} at ${JSON.stringify(params)}`).toBeLessThan(1e-5 * Math.max(1, Math.abs(value))));
    }
  });

  it("holds for one customer by hand: x 0 leaves only the alive branch, whose ∂/∂α is −r/(α+T) + r/α", () => {
    const single = groupCustomers({ x: [0], tx: [0], T: [10] });
    const [, dAlpha, da, db] = bgnbdLogLikelihoodGradient({ r: 2, alpha: 3, a: 1, b: 1 }, single);
    expect(dAlpha).toBeCloseTo(-2 / 13 + 2 / 3, 12);
    // ln B(a, b+0) − ln B(a, b) = 0: a and b do not matter for a customer without repeat purchases.
    expect(da).toBeCloseTo(0, 12);
    expect(db).toBeCloseTo(0, 12);
  });

  it("is not a number outside the parameter space", () => {
    expect(bgnbdLogLikelihoodGradient({ r: 0, alpha: 1, a: 1, b: 1 }, groups).every(Number.isNaN)).toBe(true);
  });
});
