import type { TransactionModel, TransactionParams } from "../models/transaction-models";

/**
 * Σ_{k=1..months} (E[Y(k·m)] − E[Y((k−1)·m)]) / (1 + d)^k: the expected purchases of each coming month,
 * discounted to today (m = one month in model units). Times the expected spend and the margin, this is the CLV.
 */
export function discountedExpectedPurchases(
  model: TransactionModel,
  params: TransactionParams,
  customer: { x: number; tx: number; T: number },
  { months, monthLength, monthlyDiscountRate }: { months: number; monthLength: number; monthlyDiscountRate: number },
): number {
  let total = 0;
  let previous = 0;
  let discount = 1;
  for (let k = 1; k <= months; k++) {
    const cumulative = model.expectedPurchases(params, customer.x, customer.tx, customer.T, k * monthLength);
    discount /= 1 + monthlyDiscountRate;
    total += (cumulative - previous) * discount;
    previous = cumulative;
  }
  return total;
}
