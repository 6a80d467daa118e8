import { useViewSetting } from "../../app/view-settings";
import type { GrowthMeasure } from "./growth-chart";
import { DEFAULT_PERIOD_UNIT, isPeriodUnit, isThresholdDays, type PeriodUnit } from "./options";

/** The churn view's settings (kept for links, files and storage): period, chosen threshold (null = derived), growth measure. */
export function churnViewSettings() {
  return {
    period: useViewSetting<PeriodUnit>("churn", "period", DEFAULT_PERIOD_UNIT, isPeriodUnit),
    thresholdDays: useViewSetting<number | null>("churn", "thresholdDays", null, (value) => value === null || isThresholdDays(value)),
    growthMeasure: useViewSetting<GrowthMeasure>("churn", "growthMeasure", "customers", (value) => value === "customers" || value === "revenue"),
  };
}
