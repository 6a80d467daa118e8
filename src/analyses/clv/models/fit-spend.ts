import { fitByMaximumLikelihood, type FitProgress, type ModelFit } from "./fit-model";
import { gammaGammaLogLikelihood, gammaGammaLogLikelihoodGradient, prepareSpendData, type GammaGammaParams } from "./gamma-gamma";

/** Above this many customers the multi-start search runs on a systematic subsample; the final fit uses all. */
const SEARCH_CUSTOMERS = 5000;

/**
 * Fits Gamma-Gamma on the customers with x > 0 and a positive mean repeat value (a zero mean has zero density);
 * null when there are none. q ≤ 1 means an infinite population mean spend: reported as a problem.
 */
export function fitSpendModel(x: ArrayLike<number>, meanValue: ArrayLike<number>, onProgress?: (progress: FitProgress) => void): ModelFit<GammaGammaParams> | null {
  const spend = prepareSpendData(x, meanValue);
  if (spend.size === 0) return null;
  const sample = spend.size > SEARCH_CUSTOMERS ? prepareSpendData(x, meanValue, Math.ceil(spend.size / SEARCH_CUSTOMERS)) : spend;
  const average = spend.meanValue.reduce((sum, value) => sum + value, 0) / spend.size;
  // E[value] = pγ / (q − 1): each start puts the population mean at the data's average.
  const starts = [
    { p: 1, q: 2 },
    { p: 5, q: 4 },
    { p: 2, q: 10 },
  ].map(({ p, q }) => ({ p, q, gamma: (average * (q - 1)) / p }));
  const fit = fitByMaximumLikelihood<GammaGammaParams>(
    ["p", "q", "gamma"],
    (params) => gammaGammaLogLikelihood(params, spend),
    starts,
    spend.size,
    {
      onProgress,
      searchLogLikelihood: (params) => gammaGammaLogLikelihood(params, sample),
      gradient: (params) => gammaGammaLogLikelihoodGradient(params, spend),
    },
  );
  if (fit.params.q <= 1) return { ...fit, converged: false, problems: [...fit.problems, "infinite_mean_spend"] };
  return fit;
}
