import { describe, expect, it } from "vitest";
import { digamma, log1mExp, logAddExp, logBeta, logGamma, logSumExp, oneMinusPowerOverExponent } from "../../../src/analyses/clv/math/special";
import { hypergeometricOneB } from "../../../src/analyses/clv/math/hypergeometric";
import { gaussLegendre, integrate } from "../../../src/analyses/clv/math/quadrature";
import { logProductPowerIntegral } from "../../../src/analyses/clv/math/power-integral";

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe("special functions", () => {
  it("computes ln Γ to ~15 digits, including tiny and huge arguments", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(relative(logGamma(0.5), 0.5 * Math.log(Math.PI))).toBeLessThan(1e-14);
    expect(relative(logGamma(10), Math.log(362880))).toBeLessThan(1e-14);
    expect(relative(logGamma(100), 359.1342053695754)).toBeLessThan(1e-14); // ln 99!
    expect(relative(logGamma(1e-8), 18.42068073818021)).toBeLessThan(1e-12); // ≈ −ln x − γ x
    expect(relative(logGamma(1e6 + 1), 12815518.384658169)).toBeLessThan(1e-14); // ln(10⁶!)
    expect(logGamma(0)).toBeNaN();
  });

  it("computes ψ = (ln Γ)′ to ~15 digits: ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ(10) = H₉ − γ", () => {
    const eulerGamma = 0.5772156649015329;
    expect(relative(digamma(1), -eulerGamma)).toBeLessThan(1e-14);
    expect(relative(digamma(0.5), -eulerGamma - 2 * Math.LN2)).toBeLessThan(1e-14);
    const harmonic9 = [1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((sum, k) => sum + 1 / k, 0);
    expect(relative(digamma(10), harmonic9 - eulerGamma)).toBeLessThan(1e-14);
    expect(relative(digamma(1e-6), -1000000.5772140201)).toBeLessThan(1e-14); // ≈ −1/x − γ + (π²/6)x
    expect(relative(digamma(1e5), Math.log(1e5) - 0.5e-5 - 1 / 12e10)).toBeLessThan(1e-14);
    // Values from mpmath (30 digits, rounded to doubles), on both sides of where the asymptotic series takes over.
    expect(relative(digamma(6), 1.7061176684318005)).toBeLessThan(1e-14);
    expect(relative(digamma(9.5), 2.1977378764029494)).toBeLessThan(1e-14);
    expect(relative(digamma(10.5), 2.3030010342976865)).toBeLessThan(1e-14);
    // The slope of ln Γ, by central differences, across the range the models use.
    for (const x of [0.03, 0.7, 2.5, 5.99, 6, 40]) {
      const h = 1e-5 * x;
      expect(relative(digamma(x), (logGamma(x + h) - logGamma(x - h)) / (2 * h))).toBeLessThan(1e-7);
    }
    expect(digamma(0)).toBeNaN();
  });

  it("computes ln B(a, b) as lnΓ(a) + lnΓ(b) − lnΓ(a + b): B(2, 3) = 1/12", () => {
    expect(Math.exp(logBeta(2, 3))).toBeCloseTo(1 / 12, 14);
  });

  it("adds in log space without overflow or underflow", () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(-1000, Number.NEGATIVE_INFINITY)).toBe(-1000);
    expect(logSumExp([800, 800, 800])).toBeCloseTo(800 + Math.log(3), 12);
    expect(logSumExp([-800, -801])).toBeCloseTo(-800 + Math.log1p(Math.exp(-1)), 12);
    expect(log1mExp(-1e-20)).toBeCloseTo(Math.log(1e-20), 10); // 1 − e^{−ε} ≈ ε: plain log(1 − exp) gives −∞
    expect(log1mExp(-50)).toBeCloseTo(-Math.exp(-50), 30);
  });

  it("gives (1 − q^k)/k continuously through k = 0", () => {
    const logQ = Math.log(0.8);
    expect(oneMinusPowerOverExponent(0, logQ)).toBeCloseTo(-logQ, 15);
    expect(oneMinusPowerOverExponent(1e-12, logQ)).toBeCloseTo(-logQ, 12);
    expect(oneMinusPowerOverExponent(-0.4, logQ)).toBeCloseTo((1 - Math.pow(0.8, -0.4)) / -0.4, 14);
  });
});

describe("hypergeometric series and quadrature", () => {
  it("sums ₂F₁(1, 1; 2; z) = −ln(1 − z)/z and ₂F₁(1, b; b + 1; z) for z up to 0.95", () => {
    for (const z of [0, 0.3, 0.8, 0.95]) {
      const expected = z === 0 ? 1 : -Math.log1p(-z) / z;
      expect(relative(hypergeometricOneB(1, 2, z), expected)).toBeLessThan(1e-14);
    }
    // ₂F₁(1, 1/2; 3/2; z) = atanh(√z)/√z
    expect(relative(hypergeometricOneB(0.5, 1.5, 0.9), Math.atanh(Math.sqrt(0.9)) / Math.sqrt(0.9))).toBeLessThan(1e-14);
  });

  it("reports a series too slow to sum instead of a wrong value", () => {
    expect(hypergeometricOneB(1, 2, 0.99999, 5000)).toBeNaN();
  });

  it("integrates smooth and sharply peaked functions to ~1e-13", () => {
    expect(relative(integrate(Math.exp, 0, 1), Math.E - 1)).toBeLessThan(1e-14);
    expect(relative(integrate((x) => Math.exp(-500 * x), 0, 10), (1 - Math.exp(-5000)) / 500)).toBeLessThan(1e-12);
    const { nodes, weights } = gaussLegendre(10);
    const x8 = nodes.reduce((sum, node, i) => sum + weights[i]! * node ** 8, 0);
    expect(x8).toBeCloseTo(2 / 9, 14); // exact for degree ≤ 19
  });

  it("integrates (p+τ)^{−e1}(q+τ)^{−e2} in log space, even when the value is far below the smallest double", () => {
    // e1 = 1, e2 = 1, p ≠ q: ∫ 1/((p+τ)(q+τ)) dτ = ln[(p+τ)/(q+τ)]/(q−p)
    const exact = (Math.log((2 + 5) / (50 + 5)) - Math.log(2 / 50)) / (50 - 2);
    expect(relative(logProductPowerIntegral(2, 1, 50, 1, 0, 5), Math.log(exact))).toBeLessThan(1e-13);
    // e2 = 0: ∫_{t}^{T} (p+τ)^{−e1} = [(p+t)^{1−e1} − (p+T)^{1−e1}]/(e1 − 1); here ≈ 3^{−999}/999, ln ≈ −1104.4
    const logExpected = -999 * Math.log(3) - Math.log(999) + Math.log1p(-Math.pow(3 / 4, 999));
    expect(relative(logProductPowerIntegral(1, 1000, 7, 0, 2, 3), logExpected)).toBeLessThan(1e-13);
  });
});
