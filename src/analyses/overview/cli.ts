import type { CliCommand } from "../../cli/command";
import { asOfOption } from "../../cli/args";
import { prepareTransactions } from "../../cli/prepare";
import { toCsvSections } from "../../cli/output";
import { defaultAsOfDate } from "../as-of";
import { runOverview } from "./run";

/** `crm-studio overview`: the Overview figures and monthly series. */
export const overviewCommand: CliCommand = {
  name: "overview",
  summary: "customers, orders, revenue, repeat rate … and the monthly series",
  async run(db, options) {
    const { report } = await prepareTransactions(db, options);
    const asOfDate = asOfOption(options) ?? (await defaultAsOfDate(db));
    if (!asOfDate) throw new Error("The file has no purchase rows (amount ≥ 0) with a customer id and a date.");
    const { metrics, monthly } = await runOverview(db, { asOfDate });
    return {
      json: { metrics, monthly, quality: report },
      csv: toCsvSections({ metrics: [metrics], monthly }),
    };
  },
};
