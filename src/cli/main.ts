import type { Database } from "../engine/database";
import { openNodeDatabase } from "../engine/node-database";
import { formatOption, parseCommandLine, UsageError } from "./args";
import { COMMANDS } from "./commands";
import { toJson } from "./output";

const MAPPING_HELP = `Input and mapping (without them the same automatic suggestions as the page are used):
  --input FILE            CSV/TSV/text, .xlsx, .parquet, .json or .ndjson
  --customer COL --date COL --amount COL [--order COL]
  [--quantity COL --unit-price COL]   amount = quantity × unit price
  [--date-order mdy|dmy] [--delimiter X] [--no-header] [--encoding E] [--drop-duplicates]
  [--as-of YYYY-MM-DD]    default: the day after the last purchase
  [--format json|csv]     default json`;

function help(): string {
  const commands = COMMANDS.map((command) => `  ${command.name.padEnd(10)} ${command.summary}${command.usage ? `\n             ${command.usage}` : ""}`).join("\n");
  return `Usage: crm-studio <command> --input FILE [options]\n\nCommands:\n${commands}\n\n${MAPPING_HELP}\n`;
}

/** The command line: prints JSON (or CSV) on stdout, errors on stderr; returns the exit code. */
export async function main(argv: string[], out: (text: string) => void = (text) => process.stdout.write(text), err: (text: string) => void = (text) => process.stderr.write(text)): Promise<number> {
  const name = argv[0];
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    out(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    err(`crm-studio: unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  let db: Database | undefined;
  try {
    const { options } = parseCommandLine(argv, command.options);
    if (options.help) {
      out(help());
      return 0;
    }
    const format = formatOption(options);
    db = await openNodeDatabase();
    const result = await command.run(db, options);
    out(format === "csv" ? result.csv : toJson(result.json));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    err(`crm-studio ${name}: ${message}\n`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    await db?.close().catch(() => undefined);
  }
}
