import { UsageError, type CliOptions } from "../../cli/args";
import { DEFAULT_TIER_PERCENTAGES, DEFAULT_WINDOW_DAYS, pyramidOptionProblems, type PyramidSettings, type TierRule } from "./options";

/** The pyramid's own flags. */
export const PYRAMID_CLI_OPTIONS = {
  "window-days": { type: "string" },
  percentages: { type: "string" },
  thresholds: { type: "string" },
} as const;

function threeNumbers(flag: string, value: string): [number, number, number] {
  const parts = value.split(",").map((part) => Number(part.trim()));
  if (parts.length !== 3 || parts.some((part) => Number.isNaN(part))) throw new UsageError(`--${flag} takes three numbers separated by commas (Top,Big,Medium), not "${value}"`);
  return parts as [number, number, number];
}

/** `--window-days N|all` (default 365), `--percentages 1,5,20` (cumulative) or `--thresholds 58900,19000,4820`. */
export function pyramidSettingsFromCli(options: CliOptions): PyramidSettings {
  const days = options["window-days"];
  if (typeof options.percentages === "string" && typeof options.thresholds === "string") throw new UsageError("Give --percentages or --thresholds, not both");
  let windowDays: number | "all" = DEFAULT_WINDOW_DAYS;
  if (days === "all") windowDays = "all";
  else if (typeof days === "string") {
    if (!/^\d+$/.test(days)) throw new UsageError(`--window-days must be a whole number of days or "all", not "${days}"`);
    windowDays = Number(days);
  }
  let tierRule: TierRule = DEFAULT_TIER_PERCENTAGES;
  if (typeof options.percentages === "string") {
    const [top, big, medium] = threeNumbers("percentages", options.percentages);
    tierRule = { kind: "percentages", top, big, medium };
  } else if (typeof options.thresholds === "string") {
    const [top, big, medium] = threeNumbers("thresholds", options.thresholds);
    tierRule = { kind: "thresholds", top, big, medium };
  }
  const settings = { windowDays, tierRule };
  const problems = pyramidOptionProblems(settings);
  if (problems.includes("pyramid.problem.windowDays")) throw new UsageError("--window-days must be from 1 to 36500 days, or all");
  if (problems.includes("pyramid.problem.percentages")) throw new UsageError("--percentages: three cumulative percentages in (0, 100], at most two decimals, Top ≤ Big ≤ Medium, e.g. 1,5,20");
  if (problems.includes("pyramid.problem.thresholds")) throw new UsageError("--thresholds: three amounts with Top ≥ Big ≥ Medium, e.g. 58900,19000,4820");
  return settings;
}
