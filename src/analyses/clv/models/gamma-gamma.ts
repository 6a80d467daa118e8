import { digamma, logGamma } from "../math/special";

/**
 * Gamma-Gamma spend parameters (Fader & Hardie 2013): a transaction's value ~ Gamma(p, ν), the customer's
 * ν ~ Gamma(q, γ). Mean spend of the population: pγ / (q − 1), finite only for q > 1.
 */
export type GammaGammaParams = {
  p: number;
  q: number;
  gamma: number;
};

/** Customers with at least one repeat purchase day and a positive mean value: x, the mean, and what the likelihood reuses. */
export interface SpendData {
  size: number;
  x: Float64Array;
  meanValue: Float64Array;
  logMean: Float64Array;
  logX: Float64Array;
  distinctX: Float64Array;
  xIndex: Int32Array;
}

/** Keeps the customers the Gamma-Gamma model can use (x > 0, mean value > 0) and precomputes their logs. */
export function prepareSpendData(x: ArrayLike<number>, meanValue: ArrayLike<number>, every = 1): SpendData {
  const keptX: number[] = [];
  const keptMean: number[] = [];
  let eligible = 0;
  for (let i = 0; i < x.length; i++) {
    const value = meanValue[i]!;
    if (!(x[i]! > 0 && value > 0 && Number.isFinite(value))) continue;
    if (eligible++ % every !== 0) continue;
    keptX.push(x[i]!);
    keptMean.push(value);
  }
  const positions = new Map<number, number>();
  const xIndex = Int32Array.from(keptX, (value) => {
    if (!positions.has(value)) positions.set(value, positions.size);
    return positions.get(value)!;
  });
  return {
    size: keptX.length,
    x: Float64Array.from(keptX),
    meanValue: Float64Array.from(keptMean),
    logMean: Float64Array.from(keptMean, Math.log),
    logX: Float64Array.from(keptX, Math.log),
    distinctX: Float64Array.from(positions.keys()),
    xIndex,
  };
}

/** Σ ln f(z̄ | x): the density of a customer's mean repeat-purchase value given x. */
export function gammaGammaLogLikelihood({ p, q, gamma }: GammaGammaParams, spend: SpendData): number {
  if (!(p > 0 && q > 0 && gamma > 0)) return Number.NaN;
  const shared = -logGamma(q) + q * Math.log(gamma);
  const byX = Array.from(spend.distinctX, (x) => shared + logGamma(p * x + q) - logGamma(p * x));
  let total = 0;
  for (let i = 0; i < spend.size; i++) {
    const x = spend.x[i]!;
    const px = p * x;
    total += byX[spend.xIndex[i]!]! + (px - 1) * spend.logMean[i]! + px * spend.logX[i]! - (px + q) * Math.log(gamma + x * spend.meanValue[i]!);
  }
  return total;
}

/** ∂/∂(p, q, γ) of `gammaGammaLogLikelihood`; ψ terms are computed once per distinct x. */
export function gammaGammaLogLikelihoodGradient({ p, q, gamma }: GammaGammaParams, spend: SpendData): number[] {
  if (!(p > 0 && q > 0 && gamma > 0)) return [Number.NaN, Number.NaN, Number.NaN];
  const psiPXQ = Array.from(spend.distinctX, (x) => digamma(p * x + q));
  const psiPX = Array.from(spend.distinctX, (x) => digamma(p * x));
  let dp = 0;
  let dq = 0;
  let dGamma = 0;
  for (let i = 0; i < spend.size; i++) {
    const x = spend.x[i]!;
    const k = spend.xIndex[i]!;
    const scale = gamma + x * spend.meanValue[i]!;
    const logScale = Math.log(scale);
    dp += x * (psiPXQ[k]! - psiPX[k]! + spend.logMean[i]! + spend.logX[i]! - logScale);
    dq += psiPXQ[k]! - logScale;
    dGamma -= (p * x + q) / scale;
  }
  dq += spend.size * (Math.log(gamma) - digamma(q));
  dGamma += (spend.size * q) / gamma;
  return [dp, dq, dGamma];
}

/** E[value of a future purchase | x, z̄] = p(γ + x z̄) / (p x + q − 1); with x = 0 the population mean pγ / (q − 1). */
export function gammaGammaExpectedSpend({ p, q, gamma }: GammaGammaParams, x: number, meanValue: number): number {
  const denominator = p * x + q - 1;
  return denominator > 0 ? (p * (gamma + x * meanValue)) / denominator : Number.NaN;
}
