import type { TransactionModel, TransactionParams } from "../models/transaction-models";
import { frequencyGroup, LAST_GROUP } from "./frequency-groups";

/** Customers with k repeat purchases in the calibration period: actual, and expected by the model. */
export type RepeatHistogramRow = {
  /** 0 … 6, and 7 for "7 or more". */
  repeat_purchases: number;
  actual: number;
  expected: number;
};

/** Expected count for k = Σ over customers of P(X(T_i) = k); the last group takes the rest of the probability. */
export function repeatHistogram(model: TransactionModel, params: TransactionParams, x: ArrayLike<number>, T: ArrayLike<number>): RepeatHistogramRow[] {
  const rows = Array.from({ length: LAST_GROUP + 1 }, (_, k) => ({ repeat_purchases: k, actual: 0, expected: 0 }));
  const customersByT = new Map<number, number>();
  for (let i = 0; i < x.length; i++) {
    rows[frequencyGroup(x[i]!)]!.actual += 1;
    customersByT.set(T[i]!, (customersByT.get(T[i]!) ?? 0) + 1);
  }
  for (const [age, customers] of customersByT) {
    let below = 0;
    for (let k = 0; k < LAST_GROUP; k++) {
      const probability = model.probabilityOfPurchases(params, age, k);
      rows[k]!.expected += customers * probability;
      below += probability;
    }
    rows[LAST_GROUP]!.expected += customers * Math.max(0, 1 - below);
  }
  return rows;
}
