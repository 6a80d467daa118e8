import { ident, literal } from "../../engine/sql";
import type { ColumnShape } from "../read/column-shapes";
import type { CanonicalField, CanonicalOptions, RawTable, TransactionMapping } from "../types";
import { idRepairedSql, normalizeIdSql, plainIdRepairedSql, plainIdSql } from "./normalize-id";
import { hasTimeSql, isoDateHasTimeSql, parseDateSql, parseIsoDateSql } from "./parse-date";
import { parseAmountSql, parsePlainNumberSql } from "./parse-amount";
import { textOrNullSql } from "./trim-sql";

/** A raw table and how its columns map to the canonical fields. */
export interface MappedSource {
  raw: RawTable;
  mapping: TransactionMapping;
}

/**
 * SQL reading one raw column. `shape` is what reading learned of every value of the column
 * (src/ingest/read/column-shapes.ts; unknown for a CSV the scan could not read); a known shape lets the parse
 * take a plain cast that gives the same.
 */
type ColumnParser = (columnExpr: string, shape: ColumnShape | undefined) => string;

// Raw columns are VARCHAR; the cast (free for VARCHAR) keeps the parsers working on a typed column too.
function columnSql(column: string): string {
  return `${ident(column)}::VARCHAR`;
}

function shapeOf({ raw }: MappedSource, column: string): ColumnShape | undefined {
  return raw.textScan?.columnShapes?.[raw.columns.indexOf(column)];
}

function requiredSql(source: MappedSource, field: CanonicalField, parse: ColumnParser): string {
  const column = source.mapping.columns[field];
  if (column === null) throw new Error(`${source.raw.fileName}: no column is mapped to ${field}`);
  return parse(columnSql(column), shapeOf(source, column));
}

function optionalSql(source: MappedSource, field: CanonicalField, parse: ColumnParser, type: string): string {
  const column = source.mapping.columns[field];
  return column === null ? `NULL::${type}` : parse(columnSql(column), shapeOf(source, column));
}

const parseAmount: ColumnParser = (columnExpr, shape) => (shape?.plainNumber ? parsePlainNumberSql(columnExpr) : parseAmountSql(columnExpr));

function amountSql(source: MappedSource): string {
  if (source.mapping.amountFrom === "column") return requiredSql(source, "amount", parseAmount);
  const quantity = requiredSql(source, "quantity", parseAmount);
  const unitPrice = requiredSql(source, "unit_price", parseAmount);
  // In binary floating point 6 × 2.55 = 15.299999999999999; money needs no more than 6 decimals.
  return `round(${quantity} * ${unitPrice}, 6)`;
}

/** The mapped columns that locate a purchase: rows equal in every column are equal in these. */
function purchaseColumns({ mapping }: MappedSource): string[] {
  const fields: CanonicalField[] = ["customer_id", "order_date", ...(mapping.amountFrom === "column" ? (["amount"] as const) : (["quantity", "unit_price"] as const))];
  return fields.map((field) => mapping.columns[field]).filter((column) => column !== null);
}

/** The table holding the `__row` of each exact repeat in raw table `rawTable` (see repeatedRowsSql). */
export function repeatsTableOf(rawTable: string): string {
  return `${rawTable}_repeats`;
}

/**
 * SQL: (re)creates repeatsTableOf(raw) with the `__row` of each exact repeat of an earlier row (same value in
 * every column of the file). It depends on the file alone, not on the mapping: the mapped purchase columns
 * only narrow down the candidates, since rows equal in every column are equal in those.
 */
export function repeatedRowsSql(source: MappedSource): string {
  const { raw } = source;
  const target = ident(repeatsTableOf(raw.table));
  // Reading may have listed them (a pass over a CSV's bytes, src/ingest/read/scan-text.ts), or narrowed them
  // down to a few candidate rows (Parquet, src/ingest/read/repeat-candidates.ts).
  const listed = raw.textScan?.repeatedRows;
  const candidates = raw.textScan?.repeatCandidates;
  if ((listed ?? candidates)?.length === 0) return `CREATE OR REPLACE TABLE ${target} (__row INTEGER)`;
  if (listed) return `CREATE OR REPLACE TABLE ${target} AS SELECT unnest([${listed.join(", ")}])::INTEGER AS __row`;
  const table = ident(raw.table);
  const purchase = purchaseColumns(source).map(ident).join(", ");
  // Hashing every column of every row cost ~0.5 s per million rows; rows that repeat the customer, date and
  // amount are few, and only they (or the candidates) reach the exact window over every column.
  const narrowed = candidates
    ? `__row IN (SELECT unnest([${candidates.join(", ")}]))`
    : `hash(${purchase}) IN (SELECT hash(${purchase}) FROM ${table} GROUP BY ALL HAVING count(*) > 1)`;
  return `CREATE OR REPLACE TABLE ${target} AS
    SELECT __row FROM ${table}
      WHERE ${narrowed}
      QUALIFY row_number() OVER (PARTITION BY ${raw.columns.map(ident).join(", ")} ORDER BY __row) > 1`;
}

/** SQL: one source's rows parsed, each with its exclusion reason (NULL = kept) and duplicate and repair marks. */
export function stagedRowsSql(source: MappedSource, options: CanonicalOptions): string {
  const { raw, mapping } = source;
  // No value of the file has whitespace at its edges: the ids and texts are parsed without trimming.
  const edgesTrimmed = raw.textScan?.fieldEdgesTrimmed === true;
  const asIs = (shape: ColumnShape | undefined) => edgesTrimmed && shape?.plainId === true;
  const normalizeId: ColumnParser = (columnExpr, shape) => (asIs(shape) ? plainIdSql(columnExpr) : normalizeIdSql(columnExpr, edgesTrimmed));
  const idRepaired: ColumnParser = (columnExpr, shape) => (asIs(shape) ? plainIdRepairedSql(columnExpr) : idRepairedSql(columnExpr, edgesTrimmed));
  const parseDate: ColumnParser = (columnExpr, shape) => (shape?.isoDate ? parseIsoDateSql(columnExpr) : parseDateSql(columnExpr, mapping.dateOrder));
  const hasTime: ColumnParser = (columnExpr, shape) => (shape?.isoDate ? isoDateHasTimeSql(columnExpr) : hasTimeSql(columnExpr));
  const textOrNull: ColumnParser = (columnExpr) => textOrNullSql(columnExpr, edgesTrimmed);
  const duplicateDropped = options.dropDuplicates ? "WHEN is_duplicate THEN 'duplicate_dropped'" : "";
  return `SELECT
    ${literal(raw.table)} AS source_table,
    ${literal(raw.fileName)} AS source,
    source_row,
    customer_id,
    coalesce(order_id, customer_id || '|' || strftime(parsed_ts::DATE, '%Y-%m-%d')) AS order_id,
    parsed_ts::DATE AS order_date,
    CASE WHEN has_time THEN parsed_ts END AS order_ts,
    amount, quantity, unit_price, product, category, channel, region,
    CASE
      WHEN customer_id IS NULL THEN 'missing_customer_id'
      WHEN parsed_ts IS NULL THEN 'unparseable_date'
      WHEN amount IS NULL THEN 'unparseable_amount'
      ${duplicateDropped}
    END AS excluded_reason,
    is_duplicate,
    id_repaired
  FROM (
    SELECT
      __row AS source_row,
      ${requiredSql(source, "customer_id", normalizeId)} AS customer_id,
      ${optionalSql(source, "order_id", normalizeId, "VARCHAR")} AS order_id,
      ${requiredSql(source, "order_date", parseDate)} AS parsed_ts,
      ${requiredSql(source, "order_date", hasTime)} AS has_time,
      ${amountSql(source)} AS amount,
      ${optionalSql(source, "quantity", parseAmount, "DOUBLE")} AS quantity,
      ${optionalSql(source, "unit_price", parseAmount, "DOUBLE")} AS unit_price,
      ${optionalSql(source, "product", textOrNull, "VARCHAR")} AS product,
      ${optionalSql(source, "category", textOrNull, "VARCHAR")} AS category,
      ${optionalSql(source, "channel", textOrNull, "VARCHAR")} AS channel,
      ${optionalSql(source, "region", textOrNull, "VARCHAR")} AS region,
      ${requiredSql(source, "customer_id", idRepaired)} OR coalesce(${optionalSql(source, "order_id", idRepaired, "BOOLEAN")}, FALSE) AS id_repaired,
      __row IN (SELECT __row FROM ${ident(repeatsTableOf(raw.table))}) AS is_duplicate
    FROM ${ident(raw.table)}
  )`;
}
