import { integrate } from "./quadrature";

/**
 * ln ∫_{from}^{to} (p+τ)^{−e1} (q+τ)^{−e2} dτ for p + from > 0, q + from > 0, by adaptive Gauss–Kronrod in
 * u = ln((p+τ)/(p+from)): the first factor becomes the exponential e^{−(e1−1)u} and the second a smooth, slowly
 * changing remainder; put the factor that changes faster first. Past the point where e^{−(e1−1)u} < e^{−40}
 * (relative 4·10⁻¹⁸) the integral is cut off.
 */
export function logProductPowerIntegral(p: number, e1: number, q: number, e2: number, from: number, to: number): number {
  if (!(to > from)) return Number.NEGATIVE_INFINITY;
  const kappa = e1 - 1;
  const start = p + from;
  const otherAtStart = q + from;
  const U = Math.log((p + to) / start);
  const upper = kappa > 0 ? Math.min(U, 40 / kappa) : U;
  const integrand = (u: number) => Math.exp(-kappa * u - e2 * Math.log((q - p + start * Math.exp(u)) / otherAtStart));
  return (1 - e1) * Math.log(start) - e2 * Math.log(otherAtStart) + Math.log(integrate(integrand, 0, upper, 1e-13));
}
