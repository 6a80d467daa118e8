import type { ClvComputeResult } from "./compute";
import type { HoldoutCheckRow } from "./model-checks/holdout-by-frequency";
import type { AliveCell } from "./model-checks/p-alive-matrix";
import type { RepeatHistogramRow } from "./model-checks/repeat-histogram";
import type { FitProblem } from "./models/fit-model";
import type { ClvOptions, TransactionModelName } from "./options";
import type { ClvPopulationRow, ClvTrackingRow } from "./types";

/** A fitted model as reported (CLI JSON and view): parameters with standard errors and how far to trust them. */
export type FittedModelReport<Name extends string = string> = {
  name: Name;
  params: Record<string, number>;
  /** Null when the likelihood is flat at the optimum (Hessian not positive definite). */
  standard_errors: Record<string, number> | null;
  log_likelihood: number;
  converged: boolean;
  problems: FitProblem[];
  starts_tried: number;
  starts_agreeing: number;
  /** Customers the model was fitted on. */
  customers: number;
};

/** One customer's lifetime-value figures. Time values in the chosen unit. */
export type ClvCustomerRow = {
  customer_id: string;
  x: number;
  t_x: number;
  T: number;
  /** Mean value of the repeat purchase days; null when x = 0. */
  mean_repeat_value: number | null;
  /** Probability the customer is still "alive" (has not silently left) at the calibration end. */
  p_alive: number;
  /** Expected purchase days in the next `horizon` units after the calibration end. */
  expected_purchases: number;
  /** Gamma-Gamma expected value of a future purchase; null without a spend model. */
  expected_spend: number | null;
  /** margin × expected spend × Σ_months expected purchases of the month / (1 + monthly rate)^month. */
  clv: number | null;
  /** Purchase days in the holdout, and the model's prediction for it; null without a holdout. */
  holdout_purchases: number | null;
  predicted_holdout_purchases: number | null;
};

/** The tracking chart: actual cumulative repeat purchases per week and the model's. */
export type TrackingPoint = ClvTrackingRow & { predicted_cumulative: number };

/** Everything the lifetime-value view and the CLI show. */
export type ClvResult = {
  options: ClvOptions;
  population: ClvPopulationRow;
  /** Holdout length in model units (0 when the calibration ends at the as-of date). */
  holdout_length: number;
  model: FittedModelReport<TransactionModelName>;
  gamma_gamma: FittedModelReport<"gammagamma"> | null;
  customers: ClvCustomerRow[];
  repeat_histogram: RepeatHistogramRow[];
  holdout_check: HoldoutCheckRow[] | null;
  tracking: TrackingPoint[];
  /** The calibration end's week in the tracking chart. */
  calibration_week: number;
  alive_matrix: { T: number; cells: AliveCell[] };
  milliseconds: ClvComputeResult["milliseconds"];
};
