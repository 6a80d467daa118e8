import { describe, expect, it } from "vitest";
import { bgnbdCustomerLogLikelihood, bgnbdExpectedPurchases, bgnbdProbabilityAlive } from "../../../src/analyses/clv/models/bgnbd";
import { groupCustomers } from "../../../src/analyses/clv/models/customer-groups";
import { fitTransactionModel } from "../../../src/analyses/clv/models/fit-transactions";
import { paretoNbdCustomerLogLikelihood, paretoNbdExpectedPurchases, paretoNbdProbabilityAlive } from "../../../src/analyses/clv/models/pareto-nbd";
import { integrate } from "../../../src/analyses/clv/math/quadrature";
import { logAddExp, logBeta, logGamma } from "../../../src/analyses/clv/math/special";
import { readSharedCsv } from "./cdnow";

const bg = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };
const pareto = { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.67 };
const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

/** BG/NBD likelihood straight from FHL (2005) eq. 6, in plain arithmetic: fine for small x, overflows for large x. */
function naiveBgnbdLikelihood({ r, alpha, a, b }: typeof bg, x: number, tx: number, T: number): number {
  const gamma = (v: number) => Math.exp(logGamma(v));
  const beta = (p: number, q: number) => Math.exp(logBeta(p, q));
  const common = (gamma(r + x) * Math.pow(alpha, r)) / gamma(r);
  return (
    (beta(a, b + x) / beta(a, b)) * common * Math.pow(alpha + T, -(r + x)) +
    (x > 0 ? (beta(a + 1, b + x - 1) / beta(a, b)) * common * Math.pow(alpha + tx, -(r + x)) : 0)
  );
}

/** E[Y(t) | alive] = E_p[(1 − ((α+T)/(α+T+p t))^{r+x}) / p] over p ~ Beta(a, b + x), by quadrature (p = u^{1/a}). */
function bgnbdExpectedIfAliveByQuadrature({ r, alpha, a, b }: typeof bg, x: number, T: number, t: number): number {
  const m = r + x;
  const integrand = (u: number) => {
    const p = Math.pow(u, 1 / a);
    const perP = p === 0 ? (m * t) / (alpha + T) : -Math.expm1(-m * Math.log1p((p * t) / (alpha + T))) / p;
    return perP * Math.exp((b + x - 1) * Math.log1p(-p));
  };
  return integrate(integrand, 0, 1, 1e-13, 5000) / a / Math.exp(logBeta(a, b + x));
}

/** Pareto/NBD ln L with the dropout integral done by quadrature of the raw integrand. */
function paretoLogLikelihoodByQuadrature({ r, alpha, s, beta }: typeof pareto, x: number, tx: number, T: number): number {
  const logIntegrand = (tau: number) => -(r + x) * Math.log(alpha + tau) - (s + 1) * Math.log(beta + tau);
  const scale = logIntegrand(tx);
  const dropped = Math.log(s) + scale + Math.log(integrate((tau) => Math.exp(logIntegrand(tau) - scale), tx, T, 1e-14, 5000));
  const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  return logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta) + logAddExp(alive, dropped);
}

describe("customers with hundreds of purchases (x = 500, 5,000)", () => {
  it("agrees with the plain BG/NBD formula where that still works (x = 50), and stays finite where it overflows", () => {
    expect(relative(bgnbdCustomerLogLikelihood(bg, 50, 30, 39), Math.log(naiveBgnbdLikelihood(bg, 50, 30, 39)))).toBeLessThan(1e-13);
    expect(naiveBgnbdLikelihood(bg, 500, 38, 39)).toBeNaN(); // Γ(500.24) = ∞, (α+T)^−500 = 0: ∞ · 0
    for (const x of [500, 5000]) expect(Number.isFinite(bgnbdCustomerLogLikelihood(bg, x, 38, 39))).toBe(true);
  });

  it("gives BG/NBD P(alive) and expected purchases for x = 500 and 5,000, matching direct integration", () => {
    for (const x of [500, 5000]) {
      const pAlive = bgnbdProbabilityAlive(bg, x, 38, 39);
      // 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^{r+x}) with the power taken in logs
      const odds = Math.exp(Math.log(bg.a / (bg.b + x - 1)) + (bg.r + x) * Math.log((bg.alpha + 39) / (bg.alpha + 38)));
      expect(relative(pAlive, 1 / (1 + odds))).toBeLessThan(1e-12);
      const expected = bgnbdExpectedPurchases(bg, x, 38, 39, 52);
      expect(relative(expected, pAlive * bgnbdExpectedIfAliveByQuadrature(bg, x, 39, 52))).toBeLessThan(1e-9);
    }
    // A buyer of 500 days in 39 weeks who bought last week: about 13 purchases a week, nearly surely alive.
    expect(bgnbdProbabilityAlive(bg, 500, 38.9, 39)).toBeGreaterThan(0.9);
    expect(bgnbdExpectedPurchases(bg, 500, 38.9, 39, 1)).toBeGreaterThan(5);
  });

  it("computes the Pareto/NBD likelihood of x = 500 and 5,000 in log space, as the quadrature reference does", () => {
    for (const [x, tx] of [[500, 38], [500, 20], [5000, 38.5]] as const) {
      const ours = paretoNbdCustomerLogLikelihood(pareto, x, tx, 39);
      expect(Number.isFinite(ours)).toBe(true);
      expect(relative(ours, paretoLogLikelihoodByQuadrature(pareto, x, tx, 39))).toBeLessThan(1e-12);
      expect(paretoNbdProbabilityAlive(pareto, x, tx, 39)).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(paretoNbdExpectedPurchases(pareto, x, tx, 39, 52))).toBe(true);
    }
    expect(paretoNbdProbabilityAlive(pareto, 500, 20, 39)).toBeLessThan(1e-10); // 500 purchases, then 19 silent weeks
  });

  it("still fits CDNOW when one customer with x = 500 is added", () => {
    const rows = readSharedCsv("cdnow_btyd/cdnowSummary_cbs.csv");
    const x = [...rows.map((row) => Number(row.x)), 500];
    const tx = [...rows.map((row) => Number(row["t.x"])), 38.5];
    const T = [...rows.map((row) => Number(row["T.cal"])), 39];
    for (const model of ["bgnbd", "paretonbd"] as const) {
      const fit = fitTransactionModel(model, groupCustomers({ x, tx, T }));
      expect(fit.converged).toBe(true);
      expect(Number.isFinite(fit.logLikelihood)).toBe(true);
    }
  });
});
