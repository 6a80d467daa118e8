import type { GammaGammaParams } from "../models/gamma-gamma";
import { gammaGammaExpectedSpend } from "../models/gamma-gamma";
import type { TransactionModel, TransactionParams } from "../models/transaction-models";
import { discountedExpectedPurchases } from "./discounted-purchases";

/** Per-customer inputs: the calibration summary in model units and the mean repeat value (NaN when x = 0). */
export interface ScoringCustomers {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
  meanValue: ArrayLike<number>;
}

export interface ScoringOptions {
  /** Horizon of expected purchases, in model units. */
  horizon: number;
  /** Length of the holdout in model units (0: no holdout). */
  holdoutLength: number;
  clvMonths: number;
  /** One month (365.25 / 12 days) in model units. */
  monthLength: number;
  monthlyDiscountRate: number;
  margin: number;
}

/** Per customer, in input order; NaN where a value cannot be given (no spend model, no holdout). */
export interface CustomerScores {
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  expectedSpend: Float64Array;
  clv: Float64Array;
  predictedHoldout: Float64Array;
}

/** Scores every customer; customers sharing (x, t_x, T) share the purchase-model work. */
export function scoreCustomers(
  model: TransactionModel,
  params: TransactionParams,
  spendParams: GammaGammaParams | null,
  customers: ScoringCustomers,
  options: ScoringOptions,
  onProgress: (fraction: number) => void = () => {},
): CustomerScores {
  const n = customers.x.length;
  const scores: CustomerScores = {
    pAlive: new Float64Array(n),
    expectedPurchases: new Float64Array(n),
    expectedSpend: new Float64Array(n),
    clv: new Float64Array(n),
    predictedHoldout: new Float64Array(n),
  };
  const cache = new Map<string, { pAlive: number; expected: number; discounted: number; holdout: number }>();
  const progressEvery = Math.max(1, Math.floor(n / 20));
  for (let i = 0; i < n; i++) {
    const customer = { x: customers.x[i]!, tx: customers.tx[i]!, T: customers.T[i]! };
    const key = `${customer.x}|${customer.tx}|${customer.T}`;
    let purchases = cache.get(key);
    if (!purchases) {
      purchases = {
        pAlive: model.probabilityAlive(params, customer.x, customer.tx, customer.T),
        expected: model.expectedPurchases(params, customer.x, customer.tx, customer.T, options.horizon),
        discounted: discountedExpectedPurchases(model, params, customer, {
          months: options.clvMonths,
          monthLength: options.monthLength,
          monthlyDiscountRate: options.monthlyDiscountRate,
        }),
        holdout: options.holdoutLength > 0 ? model.expectedPurchases(params, customer.x, customer.tx, customer.T, options.holdoutLength) : Number.NaN,
      };
      cache.set(key, purchases);
    }
    const spend = spendParams ? gammaGammaExpectedSpend(spendParams, customer.x, customer.x > 0 ? customers.meanValue[i]! : 0) : Number.NaN;
    scores.pAlive[i] = purchases.pAlive;
    scores.expectedPurchases[i] = purchases.expected;
    scores.expectedSpend[i] = spend;
    scores.clv[i] = options.margin * spend * purchases.discounted;
    scores.predictedHoldout[i] = purchases.holdout;
    if (i % progressEvery === 0) onProgress(i / n);
  }
  return scores;
}
