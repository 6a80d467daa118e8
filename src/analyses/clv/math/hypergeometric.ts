/**
 * ₂F₁(1, b; c; z) = Σ (b)ₙ/(c)ₙ zⁿ for 0 < b < c and 0 ≤ z < 1. Every term is positive and each is less than
 * z times the one before, so the sum lies in [1, 1/(1 − z)] and never overflows. NaN when it needs more than
 * `maxTerms` terms (z very close to 1): the caller must then use another method.
 */
export function hypergeometricOneB(b: number, c: number, z: number, maxTerms = 5000): number {
  let term = 1;
  let sum = 1;
  const tailFactor = 1 / (1 - z);
  for (let n = 0; n < maxTerms; n++) {
    term *= ((b + n) / (c + n)) * z;
    sum += term;
    if (term * tailFactor <= sum * 1e-17) return sum;
  }
  return Number.NaN;
}
