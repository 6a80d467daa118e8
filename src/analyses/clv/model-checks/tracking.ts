import type { TransactionModel, TransactionParams } from "../models/transaction-models";

/**
 * Predicted cumulative repeat purchases at the end of weeks 1 … weeks (7-day weeks from the earliest first
 * purchase): Σ over customers of E[X(age)], age = days from the first purchase to the week's last day ÷ unit.
 * `firstDay` is each customer's first purchase in days since the earliest one.
 */
export function predictedCumulativeRepeats(model: TransactionModel, params: TransactionParams, firstDay: ArrayLike<number>, weeks: number, unitDays: number): number[] {
  const customersByDay = new Map<number, number>();
  for (let i = 0; i < firstDay.length; i++) customersByDay.set(firstDay[i]!, (customersByDay.get(firstDay[i]!) ?? 0) + 1);
  return Array.from({ length: weeks }, (_, index) => {
    const lastDay = 7 * (index + 1) - 1;
    let total = 0;
    for (const [day, customers] of customersByDay) {
      if (lastDay > day) total += customers * model.expectedRepeatPurchases(params, (lastDay - day) / unitDays);
    }
    return total;
  });
}
