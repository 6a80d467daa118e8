import { numericalGradient } from "./derivatives";
import type { LocalMinimum } from "./nelder-mead";

const dot = (u: number[], v: number[]) => u.reduce((sum, value, i) => sum + value * v[i]!, 0);

/**
 * Quasi-Newton (BFGS) minimisation with the exact gradient when one is given (central differences with `step`
 * otherwise) and a backtracking line search; used to polish a Nelder–Mead result. Converged when the gradient's
 * largest component is below `gradientTolerance`.
 */
export function bfgs(
  f: (x: number[]) => number,
  start: number[],
  { maxIterations = 200, gradientTolerance = 1e-5, step = 1e-5, gradient: exactGradient }: { maxIterations?: number; gradientTolerance?: number; step?: number; gradient?: (x: number[]) => number[] } = {},
): LocalMinimum & { gradient: number[] } {
  const gradientAt = exactGradient ?? ((point: number[]) => numericalGradient(f, point, step));
  const n = start.length;
  let x = [...start];
  let value = f(x);
  let gradient = gradientAt(x);
  let inverseHessian: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1e-3 : 0)));
  const largest = (g: number[]) => Math.max(...g.map(Math.abs));

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (largest(gradient) <= gradientTolerance) return { x, value, iterations: iteration, converged: true, gradient };
    let direction = inverseHessian.map((row) => -dot(row, gradient));
    if (dot(direction, gradient) >= 0) {
      inverseHessian = inverseHessian.map((row, i) => row.map((_, j) => (i === j ? 1e-3 : 0)));
      direction = gradient.map((g) => -1e-3 * g);
    }
    let length = 1;
    let next = x;
    let nextValue = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 60; tries++) {
      next = x.map((value, i) => value + length * direction[i]!);
      nextValue = f(next);
      if (Number.isFinite(nextValue) && nextValue <= value + 1e-4 * length * dot(direction, gradient)) break;
      length /= 2;
    }
    if (!(nextValue < value)) return { x, value, iterations: iteration, converged: largest(gradient) <= gradientTolerance * 100, gradient };
    const nextGradient = gradientAt(next);
    const s = next.map((value, i) => value - x[i]!);
    const y = nextGradient.map((value, i) => value - gradient[i]!);
    const sy = dot(s, y);
    if (sy > 1e-12) {
      const hy = inverseHessian.map((row) => dot(row, y));
      const yhy = dot(y, hy);
      inverseHessian = inverseHessian.map((row, i) =>
        row.map((value, j) => value + ((sy + yhy) * s[i]! * s[j]!) / (sy * sy) - (hy[i]! * s[j]! + s[i]! * hy[j]!) / sy),
      );
    }
    x = next;
    value = nextValue;
    gradient = nextGradient;
  }
  return { x, value, iterations: maxIterations, converged: largest(gradient) <= gradientTolerance, gradient };
}
