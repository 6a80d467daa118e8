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

/** What a customer known to be alive at T is expected to buy: the same for every t_x. */
interface IfAlive {
  expected: number;
  discounted: number;
  holdout: number;
}

/** A map keyed by two numbers (nested maps: far faster than string keys at 100 k customers). */
function cacheByTwo<V>() {
  const outer = new Map<number, Map<number, V>>();
  return (a: number, b: number, compute: () => V): V => {
    let inner = outer.get(a);
    if (!inner) outer.set(a, (inner = new Map()));
    let value = inner.get(b);
    if (value === undefined) inner.set(b, (value = compute()));
    return value;
  };
}

/**
 * Scores every customer. Each expectation is P(alive | x, t_x, T) times what a customer alive at T would buy,
 * which depends on (x, T) only: that part, with its slow series, is computed once per distinct (x, T).
 */
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
  const ifAliveOf = cacheByTwo<IfAlive>();
  const pAliveOf = cacheByTwo<Map<number, number>>();
  const progressEvery = Math.max(1, Math.floor(n / 20));
  for (let i = 0; i < n; i++) {
    const x = customers.x[i]!;
    const tx = customers.tx[i]!;
    const T = customers.T[i]!;
    const ifAlive = ifAliveOf(x, T, () => {
      const cumulative = (t: number) => model.expectedPurchasesIfAlive(params, x, T, t);
      return {
        expected: cumulative(options.horizon),
        discounted: discountedExpectedPurchases(cumulative, {
          months: options.clvMonths,
          monthLength: options.monthLength,
          monthlyDiscountRate: options.monthlyDiscountRate,
        }),
        holdout: options.holdoutLength > 0 ? cumulative(options.holdoutLength) : Number.NaN,
      };
    });
    const byTx = pAliveOf(x, T, () => new Map());
    let pAlive = byTx.get(tx);
    if (pAlive === undefined) byTx.set(tx, (pAlive = model.probabilityAlive(params, x, tx, T)));
    const spend = spendParams ? gammaGammaExpectedSpend(spendParams, x, x > 0 ? customers.meanValue[i]! : 0) : Number.NaN;
    scores.pAlive[i] = pAlive;
    scores.expectedPurchases[i] = pAlive * ifAlive.expected;
    scores.expectedSpend[i] = spend;
    scores.clv[i] = options.margin * spend * pAlive * ifAlive.discounted;
    scores.predictedHoldout[i] = pAlive * ifAlive.holdout;
    if (i % progressEvery === 0) onProgress(i / n);
  }
  return scores;
}
