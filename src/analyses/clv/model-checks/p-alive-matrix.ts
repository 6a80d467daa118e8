import type { TransactionModel, TransactionParams } from "../models/transaction-models";

/** One cell of the P(alive) matrix: a customer observed for T units with x repeat purchases, the last at t_x. */
export type AliveCell = { x: number; t_x: number; p_alive: number };

/**
 * P(alive) for x = 0 … maxX and t_x on `columns` steps from 0 to T, at a fixed age T (the oldest customer's).
 * One-time buyers (x = 0) have no t_x: their row is computed at t_x = 0 and repeated.
 */
export function probabilityAliveMatrix(model: TransactionModel, params: TransactionParams, T: number, maxX: number, columns = 30): AliveCell[] {
  const cells: AliveCell[] = [];
  for (let x = 0; x <= maxX; x++) {
    const oneTime = x === 0 ? model.probabilityAlive(params, 0, 0, T) : Number.NaN;
    for (let column = 0; column <= columns; column++) {
      const tx = (T * column) / columns;
      cells.push({ x, t_x: tx, p_alive: x === 0 ? oneTime : model.probabilityAlive(params, x, tx, T) });
    }
  }
  return cells;
}
