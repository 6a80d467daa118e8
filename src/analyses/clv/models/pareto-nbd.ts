import { hypergeometricOneB } from "../math/hypergeometric";
import { logProductPowerIntegral } from "../math/power-integral";
import { integrate } from "../math/quadrature";
import { log1mExp, logAddExp, logGamma, oneMinusPowerOverExponent } from "../math/special";
import type { CustomerGroups } from "./customer-groups";

/** Pareto/NBD parameters (Schmittlein, Morrison & Colombo 1987): λ ~ Gamma(r, α); dropout rate μ ~ Gamma(s, β). */
export type ParetoNbdParams = {
  r: number;
  alpha: number;
  s: number;
  beta: number;
};

/**
 * ln J(t), J(t) = ∫_t^∞ (α+τ)^{−(r+x)} (β+τ)^{−(s+1)} dτ. FHL (2005) write it with ₂F₁(r+s+x, ·; r+s+x+1; z);
 * an Euler transformation turns that into (α+t)^{−(r+x)} (β+t)^{−s} K / (r+s+x) with K a ₂F₁(1, b; c; z) whose
 * terms are all positive and shrink geometrically, so nothing overflows however large x is.
 */
function logTailIntegral({ r, alpha, s, beta }: ParetoNbdParams, x: number, t: number): number {
  const m = r + x;
  const total = r + s + x;
  const logAlphaT = Math.log(alpha + t);
  const logBetaT = Math.log(beta + t);
  const logK =
    alpha >= beta
      ? Math.log(hypergeometricOneB(m, total + 1, (alpha - beta) / (alpha + t)))
      : logAlphaT - logBetaT + Math.log(hypergeometricOneB(s + 1, total + 1, (beta - alpha) / (beta + t)));
  return -m * logAlphaT - s * logBetaT + logK - Math.log(total);
}

/** Above this z the ₂F₁ series needs too many terms: the integral is computed by quadrature instead. */
const SERIES_LIMIT = 0.8;

/** ln ∫_{t_x}^{T} (α+τ)^{−(r+x)} (β+τ)^{−(s+1)} dτ: the part of the likelihood for "dropped out between t_x and T". */
function logDropoutIntegral(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  if (T <= tx) return Number.NEGATIVE_INFINITY;
  const { r, alpha, s, beta } = params;
  const z = Math.abs(alpha - beta) / (Math.max(alpha, beta) + tx);
  if (z <= SERIES_LIMIT) {
    const fromTx = logTailIntegral(params, x, tx);
    return fromTx + log1mExp(logTailIntegral(params, x, T) - fromTx);
  }
  // z → 1: one rate is much larger than the other plus T; integrate with the faster-changing factor taken out.
  return alpha < beta ? logProductPowerIntegral(alpha, r + x, beta, s + 1, tx, T) : logProductPowerIntegral(beta, s + 1, alpha, r + x, tx, T);
}

/** The two log-terms of a customer's likelihood (without the common factor): alive at T, and dropped out in (t_x, T]. */
function logParts(params: ParetoNbdParams, x: number, tx: number, T: number): { aliveAtT: number; droppedOut: number } {
  const { r, alpha, s, beta } = params;
  return {
    aliveAtT: -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T),
    droppedOut: Math.log(s) + logDropoutIntegral(params, x, tx, T),
  };
}

/** ln L of one customer. */
export function paretoNbdCustomerLogLikelihood(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const { aliveAtT, droppedOut } = logParts(params, x, tx, T);
  return logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta) + logAddExp(aliveAtT, droppedOut);
}

/** Σ weight × ln L over customer groups. */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, groups: CustomerGroups): number {
  const { r, alpha, s, beta } = params;
  if (!(r > 0 && alpha > 0 && s > 0 && beta > 0)) return Number.NaN;
  const base = -logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
  const logGammaByX = Array.from(groups.distinctX.values, (x) => logGamma(r + x));
  let total = 0;
  for (let i = 0; i < groups.size; i++) {
    const { aliveAtT, droppedOut } = logParts(params, groups.x[i]!, groups.tx[i]!, groups.T[i]!);
    total += groups.weight[i]! * (base + logGammaByX[groups.distinctX.index[i]!]! + logAddExp(aliveAtT, droppedOut));
  }
  return total;
}

/** P(alive at T | x, t_x, T). */
export function paretoNbdProbabilityAlive(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { aliveAtT, droppedOut } = logParts(params, x, tx, T);
  return Math.exp(aliveAtT - logAddExp(aliveAtT, droppedOut));
}

/** Expected purchases in the next t time units of a customer alive at T with x repeat purchases (FHL 2005, eq. 20 without P(alive); continuous at s = 1). */
export function paretoNbdExpectedPurchasesIfAlive({ r, alpha, s, beta }: ParetoNbdParams, x: number, T: number, t: number): number {
  if (t <= 0) return 0;
  return (((r + x) * (beta + T)) / (alpha + T)) * oneMinusPowerOverExponent(s - 1, Math.log((beta + T) / (beta + T + t)));
}

/** Conditional expected number of purchases in the next t time units (FHL 2005, eq. 20). */
export function paretoNbdExpectedPurchases(params: ParetoNbdParams, x: number, tx: number, T: number, t: number): number {
  if (t <= 0) return 0;
  return paretoNbdProbabilityAlive(params, x, tx, T) * paretoNbdExpectedPurchasesIfAlive(params, x, T, t);
}

/** Unconditional E[X(t)]: expected repeat purchases in the t time units after the first purchase. */
export function paretoNbdExpectedRepeatPurchases({ r, alpha, s, beta }: ParetoNbdParams, t: number): number {
  if (t <= 0) return 0;
  return ((r * beta) / alpha) * oneMinusPowerOverExponent(s - 1, Math.log(beta / (beta + t)));
}

/**
 * P(X(t) = k) by integrating over the time of dropout ω (Pareto II distributed): the customer alive through t
 * with probability (β/(β+t))^s buys NBD(r, α) over t, otherwise over ω < t.
 */
export function paretoNbdProbabilityOfPurchases({ r, alpha, s, beta }: ParetoNbdParams, t: number, k: number): number {
  const logNbd = (u: number) => {
    if (u <= 0) return k === 0 ? 0 : Number.NEGATIVE_INFINITY;
    return logGamma(r + k) - logGamma(r) - logGamma(k + 1) + r * Math.log(alpha / (alpha + u)) + k * Math.log(u / (alpha + u));
  };
  const aliveThroughT = Math.exp(s * Math.log(beta / (beta + t)) + logNbd(t));
  if (t <= 0) return aliveThroughT;
  const droppedBefore = integrate((u) => Math.exp(Math.log(s) + s * Math.log(beta) - (s + 1) * Math.log(beta + u) + logNbd(u)), 0, t, 1e-10);
  return aliveThroughT + droppedBefore;
}
