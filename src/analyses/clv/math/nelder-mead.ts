export interface LocalMinimum {
  x: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

/** Nelder–Mead simplex minimisation of f from `start`; non-finite values count as +∞ (a wall). */
export function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  { initialStep = 0.5, maxIterations = 4000, valueTolerance = 1e-11, pointTolerance = 1e-9 } = {},
): LocalMinimum {
  const n = start.length;
  const evaluate = (x: number[]) => {
    const value = f(x);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  let simplex = [start, ...start.map((_, i) => start.map((value, j) => (i === j ? value + initialStep : value)))].map((x) => ({ x, value: evaluate(x) }));
  const combine = (from: number[], to: number[], weight: number) => from.map((value, i) => value + weight * (to[i]! - value));

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    simplex.sort((p, q) => p.value - q.value);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    const spread = Math.abs(worst.value - best.value);
    const size = Math.max(...simplex.slice(1).map((vertex) => Math.max(...vertex.x.map((value, i) => Math.abs(value - best.x[i]!)))));
    if (Number.isFinite(worst.value) && spread <= valueTolerance * (1 + Math.abs(best.value)) && size <= pointTolerance) {
      return { x: best.x, value: best.value, iterations: iteration, converged: true };
    }
    const centroid = Array.from({ length: n }, (_, i) => simplex.slice(0, n).reduce((sum, vertex) => sum + vertex.x[i]!, 0) / n);
    const reflected = combine(centroid, worst.x, -1);
    const reflectedValue = evaluate(reflected);
    const secondWorst = simplex[n - 1]!;
    if (reflectedValue < best.value) {
      const expanded = combine(centroid, worst.x, -2);
      const expandedValue = evaluate(expanded);
      simplex[n] = expandedValue < reflectedValue ? { x: expanded, value: expandedValue } : { x: reflected, value: reflectedValue };
    } else if (reflectedValue < secondWorst.value) {
      simplex[n] = { x: reflected, value: reflectedValue };
    } else {
      const outside = reflectedValue < worst.value;
      const contracted = combine(centroid, worst.x, outside ? -0.5 : 0.5);
      const contractedValue = evaluate(contracted);
      if (contractedValue < Math.min(reflectedValue, worst.value)) {
        simplex[n] = { x: contracted, value: contractedValue };
      } else {
        simplex = simplex.map((vertex, index) => {
          if (index === 0) return vertex;
          const shrunk = combine(best.x, vertex.x, 0.5);
          return { x: shrunk, value: evaluate(shrunk) };
        });
      }
    }
  }
  simplex.sort((p, q) => p.value - q.value);
  return { x: simplex[0]!.x, value: simplex[0]!.value, iterations: maxIterations, converged: false };
}
