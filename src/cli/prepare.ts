import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "../engine/database";
import type { CanonicalField, QualityReport } from "../ingest/types";
import type { ReadOptions } from "../ingest/read/load-raw-table";
import { addSource, buildCanonicalTables } from "../workspace/workspace";
import type { Source } from "../workspace/source";
import { UsageError, type CliOptions } from "./args";

const MAPPING_FLAGS: [flag: keyof CliOptions, field: CanonicalField][] = [
  ["customer", "customer_id"],
  ["date", "order_date"],
  ["amount", "amount"],
  ["order", "order_id"],
  ["quantity", "quantity"],
  ["unit-price", "unit_price"],
];

function readOptions(options: CliOptions): ReadOptions {
  const read: ReadOptions = {};
  if (options.delimiter !== undefined) read.delimiter = options.delimiter === "\\t" || options.delimiter === "tab" ? "\t" : options.delimiter;
  if (options["no-header"]) read.header = false;
  if (options.encoding !== undefined) read.encoding = options.encoding;
  return read;
}

/** Applies the mapping flags over the automatic suggestions (the same ones the page makes). */
export function applyMappingFlags(source: Source, options: CliOptions): Source {
  const columns = { ...source.mapping.columns };
  for (const [flag, field] of MAPPING_FLAGS) {
    const column = options[flag];
    if (typeof column !== "string") continue;
    if (!source.raw.columns.includes(column)) {
      throw new UsageError(`--${String(flag)}: the column "${column}" is not in ${source.raw.fileName}. Its columns are: ${source.raw.columns.join(", ")}`);
    }
    columns[field] = column;
  }
  let { amountFrom, dateOrder } = source.mapping;
  if (options.quantity && options["unit-price"] && !options.amount) amountFrom = "quantity_x_unit_price";
  if (options.amount) amountFrom = "column";
  const order = options["date-order"];
  if (order !== undefined) {
    if (order !== "mdy" && order !== "dmy") throw new UsageError(`--date-order must be mdy or dmy, not "${order}"`);
    dateOrder = order;
  }
  return { ...source, mapping: { columns, amountFrom, dateOrder } };
}

function missingFields(source: Source): string[] {
  const { columns, amountFrom } = source.mapping;
  const missing: string[] = [];
  if (!columns.customer_id) missing.push("--customer COL");
  if (!columns.order_date) missing.push("--date COL");
  if (amountFrom === "column" ? !columns.amount : !(columns.quantity && columns.unit_price)) missing.push("--amount COL (or --quantity COL --unit-price COL)");
  return missing;
}

/** Reads `--input`, maps it and builds `transactions`; returns the source and its data-quality report. */
export async function prepareTransactions(db: Database, options: CliOptions): Promise<{ source: Source; report: QualityReport }> {
  if (!options.input) throw new UsageError("--input FILE is required");
  const bytes = await readFile(options.input).catch(() => {
    throw new UsageError(`Cannot read the file ${options.input}: check the path.`);
  });
  const loaded = await addSource(db, { fileName: path.basename(options.input), bytes: new Uint8Array(bytes) }, readOptions(options));
  const source = applyMappingFlags(loaded, options);
  const missing = missingFields(source);
  if (missing.length) {
    throw new UsageError(
      `${source.raw.fileName}: could not tell which column is which. Say it with ${missing.join(", ")}. Its columns are: ${source.raw.columns.join(", ")}`,
    );
  }
  const report = await buildCanonicalTables(db, [source], { dropDuplicates: Boolean(options["drop-duplicates"]) });
  return { source, report };
}

/** Only loads the file (for `profile`): no mapping is required. */
export async function loadForProfile(db: Database, options: CliOptions): Promise<Source> {
  if (!options.input) throw new UsageError("--input FILE is required");
  const bytes = await readFile(options.input).catch(() => {
    throw new UsageError(`Cannot read the file ${options.input}: check the path.`);
  });
  return applyMappingFlags(await addSource(db, { fileName: path.basename(options.input), bytes: new Uint8Array(bytes) }, readOptions(options)), options);
}

export { missingFields };
