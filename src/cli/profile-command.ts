import type { Row } from "../engine/database";
import { ident } from "../engine/sql";
import type { CliCommand } from "./command";
import { loadInput, mappingProblems } from "./prepare";
import { buildCanonicalTables } from "../workspace/workspace";
import { toCsv } from "./output";

/** `crm-studio profile`: what was detected in the file, the suggested mapping, each column's profile and the data-quality report. */
export const profileCommand: CliCommand = {
  name: "profile",
  summary: "describe a file: format, columns, suggested mapping, data quality",
  async run(db, options) {
    const source = await loadInput(db, options);
    const mappedTo = new Map(Object.entries(source.mapping.columns).flatMap(([field, column]) => (column ? [[column, field] as const] : [])));
    const columns: Row[] = [];
    for (const column of source.raw.columns) {
      const [stats] = await db.query(
        `SELECT count(${ident(column)})::INTEGER AS non_empty, count(DISTINCT ${ident(column)})::INTEGER AS distinct_values FROM ${ident(source.raw.table)}`,
      );
      columns.push({
        column,
        mapped_to: mappedTo.get(column) ?? null,
        non_empty: stats?.non_empty ?? 0,
        distinct_values: stats?.distinct_values ?? 0,
        examples: source.preview.slice(0, 3).map((row) => row[column] ?? null),
      });
    }
    const problems = mappingProblems(source);
    const complete = problems.length === 0;
    const quality = complete ? await buildCanonicalTables(db, [source], { dropDuplicates: Boolean(options["drop-duplicates"]) }) : null;
    const json = {
      file: source.raw.fileName,
      format: source.raw.format,
      rows: source.raw.rowCount,
      columns,
      mapping: source.mapping,
      date_order_ambiguous: source.dateOrderAmbiguous,
      mapping_problems: problems,
      quality,
    };
    return { json, csv: toCsv(columns.map((column) => ({ ...column, examples: (column.examples as unknown[]).join(" | ") }))) };
  },
};
