import { CALENDAR_PERIODS, isCalendarPeriod, type CalendarPeriod } from "../period";
import type { AsOfOptions } from "../as-of";

/** How purchases are grouped in time: calendar month, ISO week (starting Monday) or calendar quarter. */
export type PeriodUnit = CalendarPeriod;
export const PERIOD_UNITS = CALENDAR_PERIODS;
export const DEFAULT_PERIOD_UNIT: PeriodUnit = "month";

/** Settings of the attrition / growth-accounting series. */
export type GrowthAccountingOptions = AsOfOptions & { period: PeriodUnit };

/** Settings of the customer status at the as-of date: churned ⇔ days since last purchase > thresholdDays. */
export type CustomerStatusOptions = AsOfOptions & { thresholdDays: number };

/** The default threshold is this percentile of the days between a customer's consecutive purchase days. */
export const THRESHOLD_PERCENTILE = 90;
/** Used when no customer has bought on two different days, so there is no gap to learn from. */
export const FALLBACK_THRESHOLD_DAYS = 90;
/** At risk ⇔ not churned and days since last purchase > AT_RISK_NUMERATOR / AT_RISK_DENOMINATOR × threshold (0.75 N). */
export const AT_RISK_NUMERATOR = 3;
export const AT_RISK_DENOMINATOR = 4;
/** The largest threshold accepted (about 27 years): beyond it nobody could ever be churned. */
export const MAX_THRESHOLD_DAYS = 10_000;

export const isPeriodUnit = isCalendarPeriod;

/** True for a whole number of days from 1 to MAX_THRESHOLD_DAYS. */
export function isThresholdDays(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_THRESHOLD_DAYS;
}
