import type { Database } from "../../engine/database";
import { ident, literal } from "../../engine/sql";
import type { ExclusionReason, NotedReason, QualityReasonCount, QualityReport } from "../types";
import { CANONICAL_FIELDS, EXCLUSION_REASONS, NOTED_REASONS } from "../types";
import { INGEST_ROWS_TABLE } from "./ingest-tables";
import type { MappedSource } from "./staged-rows";

const EXAMPLES_PER_REASON = 5;

type Reason = ExclusionReason | NotedReason;
type Example = QualityReasonCount["examples"][number];

function reasonConditionSql(reason: Reason): string {
  return (EXCLUSION_REASONS as readonly string[]).includes(reason) ? `excluded_reason = ${literal(reason)}` : ident(reason);
}

async function countRows(db: Database): Promise<Record<string, number>> {
  const counts = [...EXCLUSION_REASONS, ...NOTED_REASONS].map(
    (reason) => `count(*) FILTER (WHERE ${reasonConditionSql(reason)})::INTEGER AS ${ident(reason)}`,
  );
  const [row] = await db.query<Record<string, number>>(`SELECT
    count(*)::INTEGER AS rows_read,
    count(*) FILTER (WHERE excluded_reason IS NULL)::INTEGER AS rows_used,
    ${counts.join(",\n    ")}
  FROM ${INGEST_ROWS_TABLE}`);
  return row ?? {};
}

async function firstRowsPerReason(db: Database, sources: MappedSource[]): Promise<{ reason: Reason; source_table: string; source_row: number }[]> {
  const flagged = [...EXCLUSION_REASONS, ...NOTED_REASONS].map(
    (reason) => `SELECT ${literal(reason)} AS reason, source_table, source_row FROM ${INGEST_ROWS_TABLE} WHERE ${reasonConditionSql(reason)}`,
  );
  const sourceOrder = `list_position([${sources.map((source) => literal(source.raw.table)).join(", ")}], source_table)`;
  return db.query(`SELECT reason, source_table, source_row
  FROM (${flagged.join("\n    UNION ALL ")})
  QUALIFY row_number() OVER (PARTITION BY reason ORDER BY ${sourceOrder}, source_row) <= ${EXAMPLES_PER_REASON}
  ORDER BY reason, ${sourceOrder}, source_row`);
}

function mappedColumns(source: MappedSource): string[] {
  const columns = CANONICAL_FIELDS.map((field) => source.mapping.columns[field]).filter((column) => column !== null);
  return [...new Set(columns)];
}

/** The raw values of the mapped columns of the given rows of one source, by row number. */
async function rawValues(db: Database, source: MappedSource, rows: number[]): Promise<Map<number, Example>> {
  const columns = mappedColumns(source);
  const selected = columns.map((column, index) => `${ident(column)}::VARCHAR AS c${index}`);
  const found = await db.query(`SELECT __row::INTEGER AS source_row, ${selected.join(", ")}
  FROM ${ident(source.raw.table)} WHERE __row IN (${rows.map(literal).join(", ")})`);
  return new Map(
    found.map((row) => {
      const values = Object.fromEntries(columns.map((column, index) => [column, (row[`c${index}`] as string | null) ?? null]));
      return [row.source_row as number, { fileName: source.raw.fileName, row: row.source_row as number, values }];
    }),
  );
}

/** Reads the data-quality report of the last buildTransactionsSql run over `sources`. */
export async function readQualityReport(db: Database, sources: MappedSource[]): Promise<QualityReport> {
  const counts = await countRows(db);
  const firstRows = sources.length === 0 ? [] : await firstRowsPerReason(db, sources);
  const examplesBySource = new Map<string, Map<number, Example>>();
  for (const source of sources) {
    const rows = firstRows.filter((row) => row.source_table === source.raw.table).map((row) => row.source_row);
    if (rows.length > 0) examplesBySource.set(source.raw.table, await rawValues(db, source, [...new Set(rows)]));
  }
  const examplesOf = (reason: Reason): Example[] =>
    firstRows
      .filter((row) => row.reason === reason)
      .map((row) => examplesBySource.get(row.source_table)?.get(row.source_row))
      .filter((example) => example !== undefined);
  const reasons: QualityReasonCount[] = [
    ...EXCLUSION_REASONS.map((reason) => ({ reason, kind: "excluded" as const, rows: counts[reason] ?? 0, examples: examplesOf(reason) })),
    ...NOTED_REASONS.map((reason) => ({ reason, kind: "kept" as const, rows: counts[reason] ?? 0, examples: examplesOf(reason) })),
  ];
  return { rowsRead: counts.rows_read ?? 0, rowsUsed: counts.rows_used ?? 0, reasons };
}
