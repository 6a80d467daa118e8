import { digamma, logAddExp, logBeta, logGamma, oneMinusPowerOverExponent } from "../math/special";
import type { CustomerGroups } from "./customer-groups";

/** BG/NBD parameters (Fader, Hardie & Lee 2005): purchase rate λ ~ Gamma(r, α); dropout probability p ~ Beta(a, b). */
export type BgNbdParams = {
  r: number;
  alpha: number;
  a: number;
  b: number;
};

/** ln L of one customer (x repeat purchase days, last at t_x, observed until T), in log space throughout. */
export function bgnbdCustomerLogLikelihood({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  const common = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + logBeta(a, b + x) - logBeta(a, b);
  const aliveAtT = -(r + x) * Math.log(alpha + T);
  const droppedAfterLast = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : Number.NEGATIVE_INFINITY;
  return common + logAddExp(aliveAtT, droppedAfterLast);
}

/** Σ weight × ln L over customer groups; terms that depend on x, t_x or T alone are computed once per distinct value. */
export function bgnbdLogLikelihood({ r, alpha, a, b }: BgNbdParams, groups: CustomerGroups): number {
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return Number.NaN;
  const base = -logGamma(r) + r * Math.log(alpha) - logBeta(a, b);
  const logA = Math.log(a);
  const xs = groups.distinctX.values;
  const byX = new Float64Array(xs.length);
  const dropByX = new Float64Array(xs.length);
  xs.forEach((x, k) => {
    byX[k] = base + logGamma(r + x) + logBeta(a, b + x);
    dropByX[k] = x > 0 ? logA - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY;
  });
  const logAlphaTx = groups.distinctTx.values.map((tx) => Math.log(alpha + tx));
  const logAlphaT = groups.distinctT.values.map((T) => Math.log(alpha + T));
  let total = 0;
  for (let i = 0; i < groups.size; i++) {
    const xIndex = groups.distinctX.index[i]!;
    const m = r + groups.x[i]!;
    const aliveAtT = -m * logAlphaT[groups.distinctT.index[i]!]!;
    const dropped = dropByX[xIndex]! - m * logAlphaTx[groups.distinctTx.index[i]!]!;
    total += groups.weight[i]! * (byX[xIndex]! + logAddExp(aliveAtT, dropped));
  }
  return total;
}

/**
 * ∂/∂(r, α, a, b) of `bgnbdLogLikelihood`, in one pass over the groups. With ℓ = ln(e^A + e^D) the two-way
 * mixture of "alive at T" (A) and "dropped after the last purchase" (D), each group's terms are weighted by
 * the shares e^{A−ℓ} and e^{D−ℓ}; ψ terms that depend on x alone are computed once per distinct x.
 */
export function bgnbdLogLikelihoodGradient({ r, alpha, a, b }: BgNbdParams, groups: CustomerGroups): number[] {
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return [Number.NaN, Number.NaN, Number.NaN, Number.NaN];
  const logA = Math.log(a);
  const xs = groups.distinctX.values;
  // Per distinct x: ψ(r+x), ∂/∂a and ∂/∂b of ln B(a, b+x), ln a − ln(b+x−1) and 1/(b+x−1).
  const psiRX = new Float64Array(xs.length);
  const betaDa = new Float64Array(xs.length);
  const betaDb = new Float64Array(xs.length);
  const dropByX = new Float64Array(xs.length);
  const inverseBX1 = new Float64Array(xs.length);
  xs.forEach((x, k) => {
    const psiABX = digamma(a + b + x);
    psiRX[k] = digamma(r + x);
    betaDa[k] = digamma(a) - psiABX;
    betaDb[k] = digamma(b + x) - psiABX;
    dropByX[k] = x > 0 ? logA - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY;
    inverseBX1[k] = x > 0 ? 1 / (b + x - 1) : 0;
  });
  const logAlphaTx = groups.distinctTx.values.map((tx) => Math.log(alpha + tx));
  const inverseAlphaTx = groups.distinctTx.values.map((tx) => 1 / (alpha + tx));
  const logAlphaT = groups.distinctT.values.map((T) => Math.log(alpha + T));
  const inverseAlphaT = groups.distinctT.values.map((T) => 1 / (alpha + T));
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  let weightTotal = 0;
  for (let i = 0; i < groups.size; i++) {
    const w = groups.weight[i]!;
    const xIndex = groups.distinctX.index[i]!;
    const txIndex = groups.distinctTx.index[i]!;
    const tIndex = groups.distinctT.index[i]!;
    const m = r + groups.x[i]!;
    const alive = -m * logAlphaT[tIndex]!;
    const dropped = dropByX[xIndex]! - m * logAlphaTx[txIndex]!;
    // Share of the "dropped" branch: 1 / (1 + e^{A−D}), 0 when x = 0.
    const droppedShare = dropped === Number.NEGATIVE_INFINITY ? 0 : 1 / (1 + Math.exp(alive - dropped));
    const aliveShare = 1 - droppedShare;
    weightTotal += w;
    dr += w * (psiRX[xIndex]! - aliveShare * logAlphaT[tIndex]! - droppedShare * logAlphaTx[txIndex]!);
    dAlpha -= w * m * (aliveShare * inverseAlphaT[tIndex]! + droppedShare * inverseAlphaTx[txIndex]!);
    da += w * (betaDa[xIndex]! + droppedShare / a);
    db += w * (betaDb[xIndex]! - droppedShare * inverseBX1[xIndex]!);
  }
  // The terms every customer shares: −ln Γ(r) + r ln α − ln B(a, b).
  const psiAB = digamma(a + b);
  dr += weightTotal * (-digamma(r) + Math.log(alpha));
  dAlpha += (weightTotal * r) / alpha;
  da -= weightTotal * (digamma(a) - psiAB);
  db -= weightTotal * (digamma(b) - psiAB);
  return [dr, dAlpha, da, db];
}

/** P(alive at T | x, t_x, T); 1 for customers without a repeat purchase (BG/NBD drops out only after a repeat purchase). */
export function bgnbdProbabilityAlive({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

const MAX_TERMS = 200_000;

/**
 * E[purchases in (T, T + t] | alive at T, x] = c/(a−1) · [1 − (1−z)^{a−1} ₂F₁(a+b−1−r, a−1; c; z)] with c = a+b+x−1,
 * z = t/(α+T+t): the FHL (2005) formula after an Euler transformation, written so that no term grows with x and
 * a = 1 needs no special case.
 */
export function bgnbdExpectedPurchasesIfAlive({ r, alpha, a, b }: BgNbdParams, x: number, T: number, t: number): number {
  if (t <= 0) return 0;
  const c = a + b + x - 1;
  const e = a + b - 1 - r;
  const z = t / (alpha + T + t);
  const logOneMinusZ = Math.log1p(-z);
  let term = e * z;
  let sum = term;
  let converged = term === 0;
  for (let n = 1; n < MAX_TERMS && !converged; n++) {
    const ratio = ((e + n) * (a + n - 1) * z) / ((c + n) * (n + 1));
    term *= ratio;
    sum += term;
    converged = term === 0 || (Math.abs(ratio) < 1 && Math.abs(term) <= 1e-17 * Math.abs(sum) * (1 - Math.abs(ratio)));
  }
  // Only horizons thousands of times longer than α + T get here: better no number than a wrong one.
  if (!converged) return Number.NaN;
  return c * oneMinusPowerOverExponent(a - 1, logOneMinusZ) - Math.exp((a - 1) * logOneMinusZ) * sum;
}

/** Conditional expected number of purchases in the next t time units for a customer with (x, t_x, T). */
export function bgnbdExpectedPurchases(params: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  return bgnbdProbabilityAlive(params, x, tx, T) * bgnbdExpectedPurchasesIfAlive(params, x, T, t);
}

/** Unconditional E[X(t)]: expected repeat purchases of a new customer in the t time units after the first purchase. */
export function bgnbdExpectedRepeatPurchases(params: BgNbdParams, t: number): number {
  return bgnbdExpectedPurchasesIfAlive(params, 0, 0, t);
}

/** P(X(t) = k): probability of exactly k repeat purchases in the t time units after the first purchase. */
export function bgnbdProbabilityOfPurchases({ r, alpha, a, b }: BgNbdParams, t: number, k: number): number {
  const logStay = Math.log(alpha / (alpha + t));
  const logBuy = Math.log(t / (alpha + t));
  const logPoisson = (j: number) => logGamma(r + j) - logGamma(r) - logGamma(j + 1) + r * logStay + (j > 0 ? j * logBuy : 0);
  const alive = Math.exp(logBeta(a, b + k) - logBeta(a, b) + logPoisson(k));
  if (k === 0) return alive;
  let belowK = 0;
  for (let j = 0; j < k; j++) belowK += Math.exp(logPoisson(j));
  return alive + Math.exp(logBeta(a + 1, b + k - 1) - logBeta(a, b)) * Math.max(0, 1 - belowK);
}
