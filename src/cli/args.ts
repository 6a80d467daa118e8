import { parseArgs } from "node:util";

/** Flags every command shares: the input, how to read it, how to map it, the as-of date and the output format. */
export const COMMON_OPTIONS = {
  input: { type: "string" },
  customer: { type: "string" },
  date: { type: "string" },
  amount: { type: "string" },
  order: { type: "string" },
  quantity: { type: "string" },
  "unit-price": { type: "string" },
  "date-order": { type: "string" },
  delimiter: { type: "string" },
  "no-header": { type: "boolean" },
  encoding: { type: "string" },
  "drop-duplicates": { type: "boolean" },
  "as-of": { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export type CliOptions = {
  input?: string;
  customer?: string;
  date?: string;
  amount?: string;
  order?: string;
  quantity?: string;
  "unit-price"?: string;
  "date-order"?: string;
  delimiter?: string;
  "no-header"?: boolean;
  encoding?: string;
  "drop-duplicates"?: boolean;
  "as-of"?: string;
  format?: string;
  help?: boolean;
  [extra: string]: string | boolean | undefined;
};

/** A mistake in how the command was called: printed as is, exit code 2. */
export class UsageError extends Error {}

/** Parses `command --flag value …`; extra flags are a command's own (e.g. `--period`). */
export function parseCommandLine(
  argv: string[],
  extraOptions: Record<string, { type: "string" | "boolean" }> = {},
): { command: string | undefined; options: CliOptions } {
  const [command, ...rest] = argv;
  try {
    const { values } = parseArgs({ args: rest, options: { ...COMMON_OPTIONS, ...extraOptions }, strict: true, allowPositionals: false });
    return { command, options: values as CliOptions };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Checks `--as-of` is an ISO date. */
export function asOfOption(options: CliOptions): string | undefined {
  const value = options["as-of"];
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError(`--as-of must be a date like 2024-03-05, not "${value}"`);
  return value;
}

/** `--format json` (default) or `--format csv`. */
export function formatOption(options: CliOptions): "json" | "csv" {
  const value = options.format ?? "json";
  if (value !== "json" && value !== "csv") throw new UsageError(`--format must be json or csv, not "${value}"`);
  return value;
}
