import type { CliCommand } from "../../cli/command";
import { asOfOption } from "../../cli/args";
import { prepareTransactions } from "../../cli/prepare";
import { defaultAsOfDate } from "../as-of";
import { periodOption, thresholdOption } from "./cli-options";
import { buildChurnOutput } from "./cli-output";

/** `crm-studio churn`: attrition and growth accounting per period, and every customer's status at the as-of date. */
export const churnCommand: CliCommand = {
  name: "churn",
  summary: "attrition / retention per period, growth accounting, customer status (churned ⇔ days since last purchase > N)",
  usage: "[--period month|week|quarter] [--threshold-days N]   default N: 90th percentile of days between purchase days",
  options: { period: { type: "string" }, "threshold-days": { type: "string" } },
  async run(db, options) {
    const period = periodOption(options);
    const thresholdDays = thresholdOption(options);
    const { report } = await prepareTransactions(db, options);
    const asOfDate = asOfOption(options) ?? (await defaultAsOfDate(db));
    if (!asOfDate) throw new Error("The file has no purchase rows (amount ≥ 0) with a customer id and a date.");
    const output = await buildChurnOutput(db, { asOfDate, period, thresholdDays });
    return { json: { ...output.json, quality: report }, csv: output.csv };
  },
};
