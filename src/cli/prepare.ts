import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "../engine/database";
import type { CanonicalField, QualityReport } from "../ingest/types";
import type { ReadOptions } from "../ingest/read/load-raw-table";
import { validateMapping } from "../ingest/mapping/validate-mapping";
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

const FLAG_OF_FIELD: Partial<Record<CanonicalField, string>> = Object.fromEntries(MAPPING_FLAGS.map(([flag, field]) => [field, `--${String(flag)}`]));

/** What keeps the mapping from building `transactions`, said in terms of the flags that fix it. */
export function mappingProblems(source: Source): string[] {
  return validateMapping(source.mapping, source.raw.columns).map((problem) => {
    if (problem.key === "mapping.missingRequired") return `${FLAG_OF_FIELD[problem.field]} COL`;
    if (problem.key === "mapping.columnUsedTwice") return `one column each for ${problem.fields.map((field) => FLAG_OF_FIELD[field] ?? field).join(" and ")} (both are "${problem.column}")`;
    return `${FLAG_OF_FIELD[problem.field]}: "${problem.column}" is not a column of the file`;
  });
}

/** Reads `--input`, maps it and builds `transactions`; returns the source and its data-quality report. */
export async function prepareTransactions(db: Database, options: CliOptions): Promise<{ source: Source; report: QualityReport }> {
  const source = await loadInput(db, options);
  const problems = mappingProblems(source);
  if (problems.length) {
    throw new UsageError(
      `${source.raw.fileName}: could not tell which column is which. Say it with ${problems.join(", ")}. Its columns are: ${source.raw.columns.join(", ")}`,
    );
  }
  const report = await buildCanonicalTables(db, [source], { dropDuplicates: Boolean(options["drop-duplicates"]) });
  return { source, report };
}

/** Reads `--input` into DuckDB and applies the mapping flags over the suggestions (no check: `profile` shows what is missing). */
export async function loadInput(db: Database, options: CliOptions): Promise<Source> {
  if (!options.input) throw new UsageError("--input FILE is required");
  const bytes = await readFile(options.input).catch(() => {
    throw new UsageError(`Cannot read the file ${options.input}: check the path.`);
  });
  return applyMappingFlags(await addSource(db, { fileName: path.basename(options.input), bytes: new Uint8Array(bytes) }, readOptions(options)), options);
}
