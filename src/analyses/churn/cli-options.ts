import { UsageError, type CliOptions } from "../../cli/args";
import { DEFAULT_PERIOD_UNIT, isPeriodUnit, isThresholdDays, MAX_THRESHOLD_DAYS, type PeriodUnit } from "./options";

/** `--period month|week|quarter`, default month. */
export function periodOption(options: CliOptions): PeriodUnit {
  const value = options.period ?? DEFAULT_PERIOD_UNIT;
  if (!isPeriodUnit(value)) throw new UsageError(`--period must be month, week or quarter, not "${String(value)}"`);
  return value;
}

/** `--threshold-days N`: a whole number of days; undefined = derive it from the data. */
export function thresholdOption(options: CliOptions): number | undefined {
  const value = options["threshold-days"];
  if (value === undefined) return undefined;
  const days = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value) || !isThresholdDays(days)) {
    throw new UsageError(`--threshold-days must be a whole number of days from 1 to ${MAX_THRESHOLD_DAYS}, not "${String(value)}"`);
  }
  return days;
}
