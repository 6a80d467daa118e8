import type { CliCommand } from "../../cli/command";
import { asOfOption, UsageError, type CliOptions } from "../../cli/args";
import { prepareTransactions } from "../../cli/prepare";
import { toCsvSections } from "../../cli/output";
import { defaultAsOfDate } from "../as-of";
import { buildRfmReport } from "./cli-report";
import { defaultRfmOptions, parseCutpoints, type Cutpoints, type RfmOptions, type Scoring, type SegmentScheme } from "./options";
import { suggestThresholds } from "./run";

function choice<T extends string>(options: CliOptions, flag: string, allowed: readonly T[], fallback: T): T {
  const value = options[flag] ?? fallback;
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${flag} must be ${allowed.join(" or ")}, not "${String(value)}"`);
  }
  return value as T;
}

function cutpointsFlag(options: CliOptions, flag: string): Cutpoints | undefined {
  const value = options[flag];
  if (typeof value !== "string") return undefined;
  try {
    return parseCutpoints(value);
  } catch (error) {
    throw new UsageError(`--${flag} ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads the RFM flags; missing cut points of `--scoring thresholds` are suggested from the data like the view does. */
export async function rfmOptionsFromFlags(options: CliOptions, asOfDate: string, suggest: (base: RfmOptions) => Promise<Record<"recency" | "frequency" | "monetary", Cutpoints>>) {
  const base: RfmOptions = { ...defaultRfmOptions(asOfDate), monetary: choice(options, "monetary", ["total", "mean"], "total") };
  const method = choice(options, "scoring", ["quantile", "thresholds", "mean"], "quantile");
  const scheme: SegmentScheme = choice(options, "scheme", ["segments", "cn8"], "segments");
  const given = { recency: cutpointsFlag(options, "r-thresholds"), frequency: cutpointsFlag(options, "f-thresholds"), monetary: cutpointsFlag(options, "m-thresholds") };
  let scoring: Scoring = { method: method === "thresholds" ? "quantile" : method };
  if (method === "thresholds") {
    const suggested = given.recency && given.frequency && given.monetary ? undefined : await suggest(base);
    scoring = {
      method,
      thresholds: {
        recency: given.recency ?? suggested?.recency ?? [30, 90, 180, 365],
        frequency: given.frequency ?? suggested?.frequency ?? [2, 3, 4, 5],
        monetary: given.monetary ?? suggested?.monetary ?? [1, 2, 3, 4],
      },
    };
  } else if (given.recency || given.frequency || given.monetary) {
    throw new UsageError("--r-thresholds, --f-thresholds and --m-thresholds need --scoring thresholds");
  }
  return { options: { ...base, scoring }, scheme };
}

/** `crm-studio rfm`: per customer recency, frequency, monetary, scores, segment and class, plus the segment summary. */
export const rfmCommand: CliCommand = {
  name: "rfm",
  summary: "RFM scores, segment and 8-class scheme per customer, and the segment summary",
  usage: "[--monetary total|mean] [--scoring quantile|thresholds|mean] [--scheme segments|cn8 (the summary's grouping)] [--r-thresholds D1,D2,D3,D4 --f-thresholds N1,… --m-thresholds A1,…]",
  options: {
    monetary: { type: "string" },
    scoring: { type: "string" },
    scheme: { type: "string" },
    "r-thresholds": { type: "string" },
    "f-thresholds": { type: "string" },
    "m-thresholds": { type: "string" },
  },
  async run(db, flags) {
    const { report } = await prepareTransactions(db, flags);
    const asOfDate = asOfOption(flags) ?? (await defaultAsOfDate(db));
    if (!asOfDate) throw new Error("The file has no purchase rows (amount ≥ 0) with a customer id and a date.");
    const { options, scheme } = await rfmOptionsFromFlags(flags, asOfDate, (base) => suggestThresholds(db, base));
    const { stats, customers, summary } = await buildRfmReport(db, options, scheme);
    const settings = { as_of_date: asOfDate, monetary: options.monetary, scoring: options.scoring.method, scheme, ...(options.scoring.method === "thresholds" ? { thresholds: options.scoring.thresholds } : {}) };
    return {
      json: { settings, customers, summary, notes: stats, quality: report },
      csv: toCsvSections({ customers, summary }),
    };
  },
};
