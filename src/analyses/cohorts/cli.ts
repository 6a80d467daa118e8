import type { CliCommand } from "../../cli/command";
import { asOfOption, UsageError } from "../../cli/args";
import { prepareTransactions } from "../../cli/prepare";
import { defaultAsOfDate } from "../as-of";
import { cohortsCliOutput } from "./cli-output";
import { isCohortPeriod } from "./options";

/** `crm-studio cohorts`: retention and revenue per acquisition cohort and period offset. */
export const cohortsCommand: CliCommand = {
  name: "cohorts",
  summary: "retention and revenue per acquisition cohort (month, ISO week or quarter of the first purchase)",
  usage: "[--period month|week|quarter]   default month",
  options: { period: { type: "string" } },
  async run(db, options) {
    const period = options.period ?? "month";
    if (!isCohortPeriod(period)) throw new UsageError(`--period must be month, week or quarter, not "${String(period)}"`);
    const asOfOverride = asOfOption(options);
    await prepareTransactions(db, options);
    const asOfDate = asOfOverride ?? (await defaultAsOfDate(db));
    if (!asOfDate) throw new Error("The file has no purchase rows (amount ≥ 0) with a customer id and a date.");
    return cohortsCliOutput(db, { asOfDate, period });
  },
};
