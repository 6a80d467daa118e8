import { useViewSetting } from "../../app/view-settings";
import { DEFAULT_TIER_PERCENTAGES, DEFAULT_WINDOW_DAYS, type PyramidSettings } from "./options";

const isPyramidSettings = (value: unknown): boolean => {
  const { windowDays, tierRule } = (value ?? {}) as Partial<PyramidSettings>;
  return (
    (windowDays === "all" || typeof windowDays === "number") &&
    typeof tierRule === "object" &&
    (tierRule.kind === "percentages" || tierRule.kind === "thresholds") &&
    [tierRule.top, tierRule.big, tierRule.medium].every((limit) => typeof limit === "number")
  );
};

/** The pyramid view's settings (kept for links, files and storage): window and tier rule. */
export function pyramidViewSettings() {
  return useViewSetting<PyramidSettings>("pyramid", "settings", { windowDays: DEFAULT_WINDOW_DAYS, tierRule: DEFAULT_TIER_PERCENTAGES }, isPyramidSettings);
}
