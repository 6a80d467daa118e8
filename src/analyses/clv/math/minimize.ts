import { bfgs } from "./bfgs";
import { nelderMead } from "./nelder-mead";
import { newtonPolish } from "./newton";

/** One local search of a multi-start minimisation. */
export interface StartOutcome {
  start: number[];
  x: number[];
  value: number;
}

export interface MultiStartResult {
  x: number[];
  value: number;
  starts: StartOutcome[];
  /** How many starts ended within `agreement` of the best value (of the search objective). */
  startsAgreeing: number;
  /** Largest gradient component at the result. */
  gradientMax: number;
  converged: boolean;
}

/** Options of `minimizeFromStarts`. */
export interface MultiStartOptions {
  /** What Nelder–Mead minimises from each start: f itself, or a cheaper stand-in such as a subsample's likelihood. */
  search?: (x: number[]) => number;
  /** f's exact gradient, when known: the Newton / BFGS polish then needs far fewer evaluations and is not limited by rounding. */
  gradient?: (x: number[]) => number[];
  agreement?: number;
  gradientTolerance?: number;
  onStart?: (index: number) => void;
}

/**
 * Minimises f: Nelder–Mead from every start on `search`, then from the best of them Newton and, if needed,
 * BFGS on f. `onStart(k)` is called before start k so a caller can report progress.
 */
export function minimizeFromStarts(
  f: (x: number[]) => number,
  starts: number[][],
  { search = f, gradient, agreement = 1e-3, gradientTolerance = 1e-4, onStart = () => {} }: MultiStartOptions = {},
): MultiStartResult {
  const outcomes: StartOutcome[] = starts.map((start, index) => {
    onStart(index);
    const local = nelderMead(search, start, { valueTolerance: 1e-9, pointTolerance: 1e-5 });
    return { start, x: local.x, value: local.value };
  });
  const finite = outcomes.filter((outcome) => Number.isFinite(outcome.value));
  if (finite.length === 0) return { x: starts[0] ?? [], value: Number.NaN, starts: outcomes, startsAgreeing: 0, gradientMax: Number.NaN, converged: false };
  const best = finite.reduce((a, b) => (b.value < a.value ? b : a));
  const startsAgreeing = finite.filter((outcome) => Math.abs(outcome.value - best.value) <= agreement * Math.max(1, Math.abs(best.value) / 1e4)).length;
  // Rounding in f grows with its size: allow the gradient to be as large as that noise makes it.
  const tolerance = gradientTolerance * Math.max(1, Math.abs(f(best.x)) / 1e4);
  let polished = newtonPolish(f, best.x, { gradientTolerance: tolerance, gradient });
  if (!polished.converged) {
    const refined = bfgs(f, polished.x, { gradientTolerance: tolerance, gradient });
    if (refined.value <= polished.value) polished = refined;
  }
  return {
    x: polished.x,
    value: polished.value,
    starts: outcomes,
    startsAgreeing,
    gradientMax: Math.max(...polished.gradient.map(Math.abs)),
    converged: polished.converged,
  };
}
