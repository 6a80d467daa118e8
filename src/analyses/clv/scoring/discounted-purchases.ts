/**
 * Σ_{k=1..months} (E[Y(k·m)] − E[Y((k−1)·m)]) / (1 + d)^k: the expected purchases of each coming month,
 * discounted to today (m = one month in model units), given `cumulative(t)` = E[Y(t)]. Times the expected
 * spend and the margin, this is the CLV. Linear in E[Y]: for a customer who may have dropped out it is
 * P(alive) times the value for one known to be alive.
 */
export function discountedExpectedPurchases(
  cumulative: (t: number) => number,
  { months, monthLength, monthlyDiscountRate }: { months: number; monthLength: number; monthlyDiscountRate: number },
): number {
  let total = 0;
  let previous = 0;
  let discount = 1;
  for (let k = 1; k <= months; k++) {
    const current = cumulative(k * monthLength);
    discount /= 1 + monthlyDiscountRate;
    total += (current - previous) * discount;
    previous = current;
  }
  return total;
}
