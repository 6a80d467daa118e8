import { UsageError, asOfOption, type CliOptions } from "../../cli/args";
import type { CliCommand } from "../../cli/command";
import { toCsvSections } from "../../cli/output";
import { prepareTransactions } from "../../cli/prepare";
import { defaultAsOfDate } from "../as-of";
import { CLV_DEFAULTS, defaultHorizon, type ClvOptions, type TimeUnit, type TransactionModelName } from "./options";
import type { ClvResult } from "./result-types";
import { runClv } from "./run";

function choice<T extends string>(options: CliOptions, flag: string, allowed: readonly T[], fallback: T): T {
  const value = options[flag];
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !allowed.includes(value as T)) throw new UsageError(`--${flag} must be ${allowed.join(" or ")}, not "${String(value)}"`);
  return value as T;
}

function positiveNumber(options: CliOptions, flag: string, fallback: number, { max = Number.POSITIVE_INFINITY, allowZero = false } = {}): number {
  const value = options[flag];
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (typeof value !== "string" || !Number.isFinite(parsed) || parsed > max || (allowZero ? parsed < 0 : parsed <= 0)) {
    throw new UsageError(`--${flag} must be a number${allowZero ? " ≥ 0" : " > 0"}${Number.isFinite(max) ? ` and ≤ ${max}` : ""}, not "${String(value)}"`);
  }
  return parsed;
}

/** The options of `crm-studio clv` from its flags. */
export function clvOptionsFromFlags(options: CliOptions, asOfDate: string): ClvOptions {
  const calibrationEnd = options["calibration-end"] ?? asOfDate;
  if (typeof calibrationEnd !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(calibrationEnd) || Number.isNaN(Date.parse(calibrationEnd))) {
    throw new UsageError(`--calibration-end must be a date like 2024-03-05, not "${String(calibrationEnd)}"`);
  }
  if (calibrationEnd > asOfDate) throw new UsageError(`--calibration-end (${calibrationEnd}) must be on or before the as-of date (${asOfDate})`);
  const timeUnit = choice<TimeUnit>(options, "time-unit", ["week", "day", "month"], CLV_DEFAULTS.timeUnit);
  return {
    asOfDate,
    calibrationEnd,
    timeUnit,
    model: choice<TransactionModelName>(options, "model", ["bgnbd", "paretonbd"], CLV_DEFAULTS.model),
    horizon: positiveNumber(options, "horizon", defaultHorizon(timeUnit)),
    clvMonths: Math.round(positiveNumber(options, "clv-months", CLV_DEFAULTS.clvMonths, { max: 600 })),
    monthlyDiscountRate: positiveNumber(options, "discount-rate", CLV_DEFAULTS.monthlyDiscountRate, { max: 0.99, allowZero: true }),
    margin: positiveNumber(options, "margin", CLV_DEFAULTS.margin, { max: 1 }),
  };
}

/** The command's JSON: the fitted models, per-customer figures and the holdout check. */
export function clvJson(result: ClvResult) {
  const { model, gamma_gamma: spend } = result;
  return {
    options: { ...result.options, time_unit_days: result.options.timeUnit === "week" ? 7 : result.options.timeUnit === "day" ? 1 : 365.25 / 12 },
    model,
    gamma_gamma: spend && { ...spend.params, log_likelihood: spend.log_likelihood, standard_errors: spend.standard_errors, converged: spend.converged, problems: spend.problems, customers: spend.customers },
    left_out_first_seen_after_calibration: result.population.first_seen_after_calibration,
    holdout_check: result.holdout_check,
    customers: result.customers.map((row) => ({
      customer_id: row.customer_id,
      x: row.x,
      t_x: row.t_x,
      T: row.T,
      p_alive: row.p_alive,
      expected_purchases: row.expected_purchases,
      expected_spend: row.expected_spend,
      clv: row.clv,
      ...(result.holdout_check ? { holdout_purchases: row.holdout_purchases, predicted_holdout_purchases: row.predicted_holdout_purchases } : {}),
    })),
  };
}

/** `crm-studio clv`: BG/NBD or Pareto/NBD + Gamma-Gamma, per-customer P(alive), expected purchases, spend and CLV. */
export const clvCommand: CliCommand = {
  name: "clv",
  summary: "customer lifetime value: BG/NBD or Pareto/NBD with Gamma-Gamma, per customer",
  usage:
    "[--calibration-end D] [--model bgnbd|paretonbd] [--time-unit week|day|month] [--horizon N (time units)] [--clv-months 12] [--discount-rate 0.01 (monthly)] [--margin 1]",
  options: {
    "calibration-end": { type: "string" },
    model: { type: "string" },
    "time-unit": { type: "string" },
    horizon: { type: "string" },
    "clv-months": { type: "string" },
    "discount-rate": { type: "string" },
    margin: { type: "string" },
  },
  async run(db, options) {
    const { report } = await prepareTransactions(db, options);
    const asOfDate = asOfOption(options) ?? (await defaultAsOfDate(db));
    if (!asOfDate) throw new Error("The file has no purchase rows (amount ≥ 0) with a customer id and a date.");
    const result = await runClv(db, clvOptionsFromFlags(options, asOfDate));
    const json = clvJson(result);
    const parameterRows = (name: string, params: Record<string, number>, errors: Record<string, number> | null) =>
      Object.entries(params).map(([parameter, value]) => ({ model: name, parameter, value, standard_error: errors?.[parameter] ?? null }));
    return {
      json: { ...json, quality: report },
      csv: toCsvSections({
        parameters: [
          ...parameterRows(result.model.name, result.model.params, result.model.standard_errors),
          ...(result.gamma_gamma ? parameterRows("gammagamma", result.gamma_gamma.params, result.gamma_gamma.standard_errors) : []),
        ],
        fit: [result.model, ...(result.gamma_gamma ? [result.gamma_gamma] : [])].map((fit) => ({
          model: fit.name,
          log_likelihood: fit.log_likelihood,
          converged: fit.converged,
          problems: fit.problems.join(" "),
          customers: fit.customers,
        })),
        customers: json.customers,
      }),
    };
  },
};
