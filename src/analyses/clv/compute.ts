import { holdoutByFrequency, type HoldoutCheckRow } from "./model-checks/holdout-by-frequency";
import { probabilityAliveMatrix, type AliveCell } from "./model-checks/p-alive-matrix";
import { repeatHistogram, type RepeatHistogramRow } from "./model-checks/repeat-histogram";
import { predictedCumulativeRepeats } from "./model-checks/tracking";
import { groupCustomers } from "./models/customer-groups";
import type { FitProgress, ModelFit } from "./models/fit-model";
import { fitSpendModel } from "./models/fit-spend";
import { fitTransactionModel } from "./models/fit-transactions";
import type { GammaGammaParams } from "./models/gamma-gamma";
import { TRANSACTION_MODELS, type TransactionParams } from "./models/transaction-models";
import { MONTH_DAYS, type TransactionModelName } from "./options";
import { scoreCustomers, type CustomerScores } from "./scoring/customer-scores";

/** Everything the fit needs, as plain arrays (one entry per customer) so it can be posted to a worker. */
export interface ClvComputeInput {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean repeat-day value; NaN when x = 0. */
  meanValue: Float64Array;
  holdoutPurchases: Float64Array;
  /** First purchase, in days since the earliest first purchase. */
  firstDay: Float64Array;
  model: TransactionModelName;
  unitDays: number;
  horizon: number;
  /** Holdout length in model units; 0 without a holdout. */
  holdoutLength: number;
  clvMonths: number;
  monthlyDiscountRate: number;
  margin: number;
  /** Weeks of the tracking chart. */
  trackingWeeks: number;
}

export interface ClvComputeResult {
  model: ModelFit<TransactionParams>;
  spend: ModelFit<GammaGammaParams> | null;
  scores: CustomerScores;
  repeatHistogram: RepeatHistogramRow[];
  /** Null without a holdout. */
  holdoutCheck: HoldoutCheckRow[] | null;
  trackingPredicted: number[];
  aliveMatrix: { T: number; cells: AliveCell[] };
  milliseconds: { fit: number; total: number };
}

/** Where the computation is, 0…1 overall. */
export type ClvProgress = { stage: "fit_model" | "standard_errors" | "fit_spend" | "scoring" | "checks"; fraction: number };

function upperQuantile(values: ArrayLike<number>, share: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

/** Fits the purchase model and Gamma-Gamma, scores every customer and computes the model checks. */
export function computeClv(input: ClvComputeInput, onProgress: (progress: ClvProgress) => void = () => {}): ClvComputeResult {
  const started = performance.now();
  const model = TRANSACTION_MODELS[input.model];
  const fitProgress = (progress: FitProgress) =>
    onProgress(progress.stage === "search" ? { stage: "fit_model", fraction: 0.55 * (progress.start / progress.starts) } : { stage: "standard_errors", fraction: 0.55 });
  const modelFit = fitTransactionModel(input.model, groupCustomers(input), fitProgress);
  onProgress({ stage: "fit_spend", fraction: 0.6 });
  const spend = fitSpendModel(input.x, input.meanValue);
  const fitted = performance.now();
  onProgress({ stage: "scoring", fraction: 0.7 });
  const scores = scoreCustomers(
    model,
    modelFit.params,
    spend?.params ?? null,
    input,
    {
      horizon: input.horizon,
      holdoutLength: input.holdoutLength,
      clvMonths: input.clvMonths,
      monthLength: MONTH_DAYS / input.unitDays,
      monthlyDiscountRate: input.monthlyDiscountRate,
      margin: input.margin,
    },
    (fraction) => onProgress({ stage: "scoring", fraction: 0.7 + 0.2 * fraction }),
  );
  onProgress({ stage: "checks", fraction: 0.9 });
  const oldest = input.T.reduce((max, value) => Math.max(max, value), 0);
  const matrixRows = Math.max(5, Math.min(40, upperQuantile(input.x, 0.99)));
  return {
    model: modelFit,
    spend,
    scores,
    repeatHistogram: repeatHistogram(model, modelFit.params, input.x, input.T),
    holdoutCheck: input.holdoutLength > 0 ? holdoutByFrequency(input.x, input.holdoutPurchases, scores.predictedHoldout) : null,
    trackingPredicted: predictedCumulativeRepeats(model, modelFit.params, input.firstDay, input.trackingWeeks, input.unitDays),
    aliveMatrix: { T: oldest, cells: probabilityAliveMatrix(model, modelFit.params, oldest, matrixRows) },
    milliseconds: { fit: fitted - started, total: performance.now() - started },
  };
}
