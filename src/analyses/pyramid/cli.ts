import type { CliCommand } from "../../cli/command";
import { asOfOption } from "../../cli/args";
import { prepareTransactions } from "../../cli/prepare";
import { toCsvSections } from "../../cli/output";
import { defaultAsOfDate } from "../as-of";
import { PYRAMID_CLI_OPTIONS, pyramidSettingsFromCli } from "./cli-options";
import { pyramidCliOutput } from "./cli-output";
import { runPyramid } from "./run";

/** `crm-studio pyramid`: tiers, Pareto curve, Gini and the migration matrix. */
export const pyramidCommand: CliCommand = {
  name: "pyramid",
  summary: "customer-value pyramid (top / big / medium / small / inactive), Pareto curve, Gini, tier migration",
  usage: "[--window-days N|all] (default 365) [--percentages 1,5,20 | --thresholds TOP,BIG,MEDIUM]",
  options: PYRAMID_CLI_OPTIONS,
  async run(db, options) {
    const settings = pyramidSettingsFromCli(options);
    const { report } = await prepareTransactions(db, options);
    const asOfDate = asOfOption(options) ?? (await defaultAsOfDate(db));
    if (!asOfDate) throw new Error("The file has no purchase rows (amount ≥ 0) with a customer id and a date.");
    const output = pyramidCliOutput(await runPyramid(db, { asOfDate, ...settings }));
    return {
      json: { ...output, quality: report },
      csv: toCsvSections({ tiers: output.tiers, pareto: output.pareto, migration: output.migration ?? [], summary: [output.summary] }),
    };
  },
};
