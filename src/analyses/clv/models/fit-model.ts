import { hessianFromGradient, numericalHessian } from "../math/derivatives";
import { invertPositiveDefinite } from "../math/linear-algebra";
import { minimizeFromStarts } from "../math/minimize";

/** Why a fit cannot be trusted; each has a plain-language message in the view. */
export type FitProblem = "not_finite" | "no_convergence" | "parameter_at_boundary" | "flat_likelihood" | "infinite_mean_spend";

/** Progress of a fit, for a progress bar: local search k of n, then standard errors. */
export type FitProgress = { stage: "search"; start: number; starts: number } | { stage: "standard_errors" };

/** A maximum-likelihood fit and everything needed to judge it. */
export interface ModelFit<P extends Record<string, number>> {
  params: P;
  /** From the inverse of the observed information (numerical Hessian); null when it is not positive definite. */
  standardErrors: Record<keyof P, number> | null;
  logLikelihood: number;
  /** True only when the optimum is finite, inside the parameter space, has a ~zero gradient and a positive-definite Hessian. */
  converged: boolean;
  problems: FitProblem[];
  /** Starting points tried, and how many of them reached the best log-likelihood (within 0.001). */
  startsTried: number;
  startsAgreeing: number;
  /** Customers (or groups) the fit used. */
  observations: number;
}

/** Largest |ln θ| before a parameter counts as drifting to 0 or ∞. */
const LOG_BOUNDARY = 16;

/** Optional parts of a fit. */
export interface FitOptions<P> {
  onProgress?: (progress: FitProgress) => void;
  /** A cheaper log-likelihood (a subsample's) for the multi-start search. */
  searchLogLikelihood?: (params: P) => number;
  /** ∂ ln L / ∂θ in `names` order, when known: the polish and the standard errors then use it. */
  gradient?: (params: P) => number[];
}

/**
 * Maximises a log-likelihood over positive parameters: the search runs on ln θ from several starting points
 * (Nelder–Mead, optionally on a cheaper `searchLogLikelihood` such as a subsample's, then Newton / BFGS on the
 * full likelihood); standard errors come from the Hessian in ln θ, SE(θᵢ) = θᵢ·√(H⁻¹)ᵢᵢ, which at the
 * optimum equals the inverse observed information in θ.
 */
export function fitByMaximumLikelihood<P extends Record<string, number>>(
  names: (keyof P & string)[],
  logLikelihood: (params: P) => number,
  starts: P[],
  observations: number,
  { onProgress = () => {}, searchLogLikelihood = logLikelihood, gradient }: FitOptions<P> = {},
): ModelFit<P> {
  const fromLog = (logs: number[]) => Object.fromEntries(names.map((name, i) => [name, Math.exp(logs[i]!)])) as P;
  const negative = (ll: (params: P) => number) => (logs: number[]) => {
    if (logs.some((value) => Math.abs(value) > 2 * LOG_BOUNDARY)) return Number.POSITIVE_INFINITY;
    const value = -ll(fromLog(logs));
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  const objective = negative(logLikelihood);
  // d(−ln L)/d ln θᵢ = −θᵢ · ∂ ln L/∂θᵢ.
  const objectiveGradient =
    gradient &&
    ((logs: number[]) => {
      const params = fromLog(logs);
      return gradient(params).map((value, i) => -(params[names[i]!] as number) * value);
    });
  const search = minimizeFromStarts(
    objective,
    starts.map((start) => names.map((name) => Math.log(start[name] as number))),
    { search: negative(searchLogLikelihood), gradient: objectiveGradient, onStart: (start) => onProgress({ stage: "search", start, starts: starts.length }) },
  );
  onProgress({ stage: "standard_errors" });
  const params = fromLog(search.x);
  const problems: FitProblem[] = [];
  let standardErrors: Record<keyof P, number> | null = null;
  if (!Number.isFinite(search.value)) {
    problems.push("not_finite");
  } else {
    if (search.x.some((value) => Math.abs(value) > LOG_BOUNDARY)) problems.push("parameter_at_boundary");
    if (!search.converged) problems.push("no_convergence");
    const hessian = objectiveGradient ? hessianFromGradient(objectiveGradient, search.x) : numericalHessian(objective, search.x, 1e-3);
    const covariance = invertPositiveDefinite(hessian);
    if (covariance) {
      standardErrors = Object.fromEntries(names.map((name, i) => [name, (params[name] as number) * Math.sqrt(covariance[i]![i]!)])) as Record<keyof P, number>;
    } else {
      problems.push("flat_likelihood");
    }
  }
  return {
    params,
    standardErrors,
    logLikelihood: -search.value,
    converged: problems.length === 0,
    problems,
    startsTried: starts.length,
    startsAgreeing: search.startsAgreeing,
    observations,
  };
}
