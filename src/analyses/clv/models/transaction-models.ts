import type { TransactionModelName } from "../options";
import {
  bgnbdExpectedPurchases,
  bgnbdExpectedPurchasesIfAlive,
  bgnbdExpectedRepeatPurchases,
  bgnbdLogLikelihood,
  bgnbdLogLikelihoodGradient,
  bgnbdProbabilityAlive,
  bgnbdProbabilityOfPurchases,
  type BgNbdParams,
} from "./bgnbd";
import type { CustomerGroups } from "./customer-groups";
import {
  paretoNbdExpectedPurchases,
  paretoNbdExpectedPurchasesIfAlive,
  paretoNbdExpectedRepeatPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
  type ParetoNbdParams,
} from "./pareto-nbd";

/** Parameters of either model, by name (r, alpha, a, b or r, alpha, s, beta). */
export type TransactionParams = Record<string, number>;

/** What the analysis needs from a purchase-and-dropout model, whichever it is. */
export interface TransactionModel {
  name: TransactionModelName;
  parameterNames: string[];
  logLikelihood(params: TransactionParams, groups: CustomerGroups): number;
  /** ∂ ln L/∂θ in `parameterNames` order, where derived (the fit falls back to finite differences without it). */
  logLikelihoodGradient?(params: TransactionParams, groups: CustomerGroups): number[];
  probabilityAlive(params: TransactionParams, x: number, tx: number, T: number): number;
  /** Conditional expected purchases in the next t units: P(alive) × `expectedPurchasesIfAlive`. */
  expectedPurchases(params: TransactionParams, x: number, tx: number, T: number, t: number): number;
  /** Expected purchases in the next t units of a customer alive at T (does not depend on t_x). */
  expectedPurchasesIfAlive(params: TransactionParams, x: number, T: number, t: number): number;
  /** Unconditional expected repeat purchases in the t units after a first purchase. */
  expectedRepeatPurchases(params: TransactionParams, t: number): number;
  /** P(exactly k repeat purchases in the t units after a first purchase). */
  probabilityOfPurchases(params: TransactionParams, t: number, k: number): number;
  /** Starting points for the search, scaled to the data. */
  startingPoints(groups: CustomerGroups): TransactionParams[];
}

/** The data's repeat-purchase rate Σx / ΣT and mean T, to scale starting points to any time unit. */
function dataScale(groups: CustomerGroups): { rate: number; meanT: number } {
  let purchases = 0;
  let exposure = 0;
  let customers = 0;
  for (let i = 0; i < groups.size; i++) {
    purchases += groups.weight[i]! * groups.x[i]!;
    exposure += groups.weight[i]! * groups.T[i]!;
    customers += groups.weight[i]!;
  }
  return { rate: Math.max(purchases, 1e-3) / Math.max(exposure, 1e-9), meanT: Math.max(exposure / Math.max(customers, 1), 1e-6) };
}

const bgnbd: TransactionModel = {
  name: "bgnbd",
  parameterNames: ["r", "alpha", "a", "b"],
  logLikelihood: (params, groups) => bgnbdLogLikelihood(params as BgNbdParams, groups),
  logLikelihoodGradient: (params, groups) => bgnbdLogLikelihoodGradient(params as BgNbdParams, groups),
  probabilityAlive: (params, x, tx, T) => bgnbdProbabilityAlive(params as BgNbdParams, x, tx, T),
  expectedPurchases: (params, x, tx, T, t) => bgnbdExpectedPurchases(params as BgNbdParams, x, tx, T, t),
  expectedPurchasesIfAlive: (params, x, T, t) => bgnbdExpectedPurchasesIfAlive(params as BgNbdParams, x, T, t),
  expectedRepeatPurchases: (params, t) => bgnbdExpectedRepeatPurchases(params as BgNbdParams, t),
  probabilityOfPurchases: (params, t, k) => bgnbdProbabilityOfPurchases(params as BgNbdParams, t, k),
  startingPoints(groups) {
    const { rate } = dataScale(groups);
    return [
      { r: 1, alpha: 1 / rate, a: 1, b: 1 },
      { r: 0.25, alpha: 0.25 / rate, a: 0.5, b: 2 },
      { r: 3, alpha: 3 / rate, a: 2, b: 8 },
    ];
  },
};

const paretoNbd: TransactionModel = {
  name: "paretonbd",
  parameterNames: ["r", "alpha", "s", "beta"],
  logLikelihood: (params, groups) => paretoNbdLogLikelihood(params as ParetoNbdParams, groups),
  probabilityAlive: (params, x, tx, T) => paretoNbdProbabilityAlive(params as ParetoNbdParams, x, tx, T),
  expectedPurchases: (params, x, tx, T, t) => paretoNbdExpectedPurchases(params as ParetoNbdParams, x, tx, T, t),
  expectedPurchasesIfAlive: (params, x, T, t) => paretoNbdExpectedPurchasesIfAlive(params as ParetoNbdParams, x, T, t),
  expectedRepeatPurchases: (params, t) => paretoNbdExpectedRepeatPurchases(params as ParetoNbdParams, t),
  probabilityOfPurchases: (params, t, k) => paretoNbdProbabilityOfPurchases(params as ParetoNbdParams, t, k),
  startingPoints(groups) {
    const { rate, meanT } = dataScale(groups);
    return [
      { r: 1, alpha: 1 / rate, s: 1, beta: meanT },
      { r: 0.5, alpha: 0.5 / rate, s: 0.5, beta: 0.5 * meanT },
      { r: 2, alpha: 2 / rate, s: 2, beta: 4 * meanT },
    ];
  },
};

/** The two models the analysis offers. */
export const TRANSACTION_MODELS: Record<TransactionModelName, TransactionModel> = { bgnbd, paretonbd: paretoNbd };
