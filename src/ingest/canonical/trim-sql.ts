import { literal } from "../../engine/sql";

/** Regex class of what trimSql removes: besides spaces, exports carry tabs, line breaks, no-break and ideographic (U+3000) spaces, BOMs. */
export const SPACE_CLASS = String.raw`[\s\x{00A0}\x{3000}\x{FEFF}]`;

/** SQL: the value without surrounding whitespace. */
export function trimSql(columnExpr: string): string {
  // DuckDB 1.4's trim(value, characters) costs ~5× a regex test; most values need no trimming at all.
  return `CASE
      WHEN regexp_matches(${columnExpr}, ${literal(`^${SPACE_CLASS}|${SPACE_CLASS}$`)}) THEN regexp_replace(${columnExpr}, ${literal(`^${SPACE_CLASS}+|${SPACE_CLASS}+$`)}, '', 'g')
      ELSE ${columnExpr}
    END`;
}

/** SQL: the trimmed value, NULL when nothing is left; with `edgesTrimmed` the value is known to need no trimming. */
export function textOrNullSql(columnExpr: string, edgesTrimmed = false): string {
  return `nullif(${edgesTrimmed ? columnExpr : trimSql(columnExpr)}, '')`;
}
