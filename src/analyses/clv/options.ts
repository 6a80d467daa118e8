import type { AsOfOptions } from "../as-of";

/** The time unit of x, t_x, T and the horizon. A month is 365.25 / 12 = 30.4375 days. */
export type TimeUnit = "week" | "day" | "month";

export const TIME_UNIT_DAYS: Record<TimeUnit, number> = { day: 1, week: 7, month: 365.25 / 12 };

/** Days in the month used by the CLV discounting (the same 365.25 / 12 days). */
export const MONTH_DAYS = 365.25 / 12;

export type TransactionModelName = "bgnbd" | "paretonbd";

/** What the per-customer summary needs: the as-of date ends the holdout, the calibration end ends the fitting period. */
export type ClvSummaryOptions = AsOfOptions & {
  /** ISO `YYYY-MM-DD`, at most the as-of date; purchases after it (up to the as-of date) are the holdout. */
  calibrationEnd: string;
  timeUnit: TimeUnit;
};

/** Everything the lifetime-value analysis can be told. */
export type ClvOptions = ClvSummaryOptions & {
  model: TransactionModelName;
  /** Horizon of "expected purchases", in time units. */
  horizon: number;
  /** CLV horizon in months, monthly discount rate (0.01 = 1 % a month) and margin (share of spend that is profit). */
  clvMonths: number;
  monthlyDiscountRate: number;
  margin: number;
};

/** Defaults: BG/NBD in weeks, a 52-week horizon, 12-month CLV discounted at 1 % a month, margin 100 % (CLV = revenue). */
export const CLV_DEFAULTS = {
  model: "bgnbd",
  timeUnit: "week",
  clvMonths: 12,
  monthlyDiscountRate: 0.01,
  margin: 1,
} as const satisfies Partial<ClvOptions>;

/** The default horizon of "expected purchases": one year in the chosen unit (52 weeks, 365 days, 12 months). */
export function defaultHorizon(unit: TimeUnit): number {
  return unit === "week" ? 52 : unit === "day" ? 365 : 12;
}

/** Checks the options a user can type, with a message key for what is wrong. */
export function invalidClvOption(options: ClvOptions): string | null {
  if (options.calibrationEnd > options.asOfDate) return "clv.error.calibrationAfterAsOf";
  if (!(options.horizon > 0)) return "clv.error.horizon";
  if (!(Number.isInteger(options.clvMonths) && options.clvMonths >= 1 && options.clvMonths <= 600)) return "clv.error.months";
  if (!(options.monthlyDiscountRate >= 0 && options.monthlyDiscountRate < 1)) return "clv.error.discount";
  if (!(options.margin >= 0 && options.margin <= 1)) return "clv.error.margin";
  return null;
}
