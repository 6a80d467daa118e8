import { frequencyGroup, LAST_GROUP } from "./frequency-groups";

/** Calibration / holdout check per calibration frequency: mean holdout purchases, actual against predicted. */
export type HoldoutCheckRow = {
  /** Calibration repeat purchases: 0 … 6, and 7 for "7 or more". */
  repeat_purchases: number;
  customers: number;
  actual_mean: number;
  predicted_mean: number;
};

/** Groups customers by calibration x and averages their actual and predicted holdout purchases. */
export function holdoutByFrequency(x: ArrayLike<number>, actual: ArrayLike<number>, predicted: ArrayLike<number>): HoldoutCheckRow[] {
  const sums = Array.from({ length: LAST_GROUP + 1 }, () => ({ customers: 0, actual: 0, predicted: 0 }));
  for (let i = 0; i < x.length; i++) {
    const group = sums[frequencyGroup(x[i]!)]!;
    group.customers += 1;
    group.actual += actual[i]!;
    group.predicted += predicted[i]!;
  }
  return sums.flatMap((group, k) =>
    group.customers === 0 ? [] : [{ repeat_purchases: k, customers: group.customers, actual_mean: group.actual / group.customers, predicted_mean: group.predicted / group.customers }],
  );
}
