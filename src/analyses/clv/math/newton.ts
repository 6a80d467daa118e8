import { hessianFromGradient, numericalGradient, numericalHessian } from "./derivatives";
import { solvePositiveDefinite } from "./linear-algebra";
import type { LocalMinimum } from "./nelder-mead";

/**
 * Damped Newton steps for polishing a point already near the minimum, with the exact gradient when one is given
 * (the Hessian is then its central differences) and central differences of f otherwise. The Hessian (the costly
 * part) is kept while the gradient keeps shrinking fast and recomputed when it does not; stops (not converged)
 * when the Hessian is not positive definite or no step decreases f.
 */
export function newtonPolish(
  f: (x: number[]) => number,
  start: number[],
  { maxIterations = 20, gradientTolerance = 1e-4, gradient: exactGradient }: { maxIterations?: number; gradientTolerance?: number; gradient?: (x: number[]) => number[] } = {},
): LocalMinimum & { gradient: number[] } {
  const gradientAt = exactGradient ?? ((point: number[]) => numericalGradient(f, point));
  const hessianAt = exactGradient ? (point: number[]) => hessianFromGradient(exactGradient, point) : (point: number[]) => numericalHessian(f, point);
  let x = [...start];
  let value = f(x);
  let gradient = gradientAt(x);
  let hessian: number[][] | null = null;
  let previousSize = Number.POSITIVE_INFINITY;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const size = Math.max(...gradient.map(Math.abs));
    if (size <= gradientTolerance) return { x, value, iterations: iteration, converged: true, gradient };
    if (!hessian || size > previousSize / 4) hessian = hessianAt(x);
    previousSize = size;
    const step = solvePositiveDefinite(hessian, gradient);
    if (!step) break;
    let length = 1;
    let improved = false;
    for (let tries = 0; tries < 30 && !improved; tries++, length /= 2) {
      const next = x.map((value, i) => value - length * step[i]!);
      const nextValue = f(next);
      if (nextValue < value) {
        x = next;
        value = nextValue;
        improved = true;
      }
    }
    if (!improved) break;
    gradient = gradientAt(x);
  }
  return { x, value, iterations: maxIterations, converged: Math.max(...gradient.map(Math.abs)) <= gradientTolerance, gradient };
}
