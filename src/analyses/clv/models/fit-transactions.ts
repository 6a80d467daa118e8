import { ClvError } from "../clv-error";
import type { TransactionModelName } from "../options";
import { subsampleGroups, type CustomerGroups } from "./customer-groups";
import { fitByMaximumLikelihood, type FitProgress, type ModelFit } from "./fit-model";
import { TRANSACTION_MODELS, type TransactionParams } from "./transaction-models";

/** Above this many distinct (x, t_x, T) patterns the multi-start search runs on a subsample; the final fit uses all. */
const SEARCH_GROUPS = 1500;

/** Fits BG/NBD or Pareto/NBD by maximum likelihood on the grouped customer summary. */
export function fitTransactionModel(name: TransactionModelName, groups: CustomerGroups, onProgress?: (progress: FitProgress) => void): ModelFit<TransactionParams> {
  let customers = 0;
  let repeatCustomers = 0;
  for (let i = 0; i < groups.size; i++) {
    customers += groups.weight[i]!;
    if (groups.x[i]! > 0) repeatCustomers += groups.weight[i]!;
  }
  if (customers === 0) throw new ClvError("clv.error.noCustomers");
  if (repeatCustomers === 0) throw new ClvError("clv.error.noRepeat");
  const model = TRANSACTION_MODELS[name];
  const sample = subsampleGroups(groups, SEARCH_GROUPS);
  const gradient = model.logLikelihoodGradient;
  return fitByMaximumLikelihood<TransactionParams>(
    model.parameterNames,
    (params) => model.logLikelihood(params, groups),
    model.startingPoints(groups),
    customers,
    {
      onProgress,
      searchLogLikelihood: (params) => model.logLikelihood(params, sample),
      gradient: gradient && ((params) => gradient(params, groups)),
    },
  );
}
