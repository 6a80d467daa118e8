import { literal } from "../../engine/sql";
import { SPACE_CLASS as SPACE, trimSql } from "./trim-sql";

// Placeholders spreadsheet and pandas / R exports write for a missing value.
const MISSING = String.raw`^(?i:null|na|n/a|#n/a|nan|none)?$`;
const FLOAT_INTEGER = String.raw`^\d+\.0+$`;
const NEEDS_WORK = `^${SPACE}|${SPACE}$|${MISSING}|${FLOAT_INTEGER}`;

/**
 * SQL: the id trimmed, NULL when empty or a missing-value marker; `17850.0` (an id exported as a float) becomes
 * `17850`. With `edgesTrimmed` (no value of the file has whitespace at its edges) the trimming is left out.
 */
export function normalizeIdSql(columnExpr: string, edgesTrimmed = false): string {
  const trimmed = edgesTrimmed ? columnExpr : trimSql(columnExpr);
  const needsWork = edgesTrimmed ? `${MISSING}|${FLOAT_INTEGER}` : NEEDS_WORK;
  return String.raw`CASE
      WHEN NOT regexp_matches(${columnExpr}, ${literal(needsWork)}) THEN ${columnExpr}
      WHEN regexp_matches(${trimmed}, ${literal(MISSING)}) THEN NULL
      WHEN regexp_matches(${trimmed}, ${literal(FLOAT_INTEGER)}) THEN regexp_replace(${trimmed}, '\.0+$', '')
      ELSE ${trimmed}
    END`;
}

/** SQL: TRUE when normalizeIdSql changes more than surrounding whitespace (e.g. `17850.0`). */
export function idRepairedSql(columnExpr: string, edgesTrimmed = false): string {
  const space = edgesTrimmed ? "" : `${SPACE}*`;
  return `regexp_matches(${columnExpr}, ${literal(String.raw`^${space}\d+\.0+${space}$`)})`;
}

/**
 * normalizeIdSql and idRepairedSql for a column with no value to change (ColumnShape.plainId, and no
 * whitespace at any value's edges): the id as it is, never repaired (NULL for NULL, as the regex gives).
 */
export const plainIdSql = (columnExpr: string) => columnExpr;
export const plainIdRepairedSql = (columnExpr: string) => `CASE WHEN ${columnExpr} IS NOT NULL THEN FALSE END`;
