import { literal } from "../../engine/sql";

const CURRENCY_AND_SPACES = String.raw`[¥￥$€£₩₹元円圓\s\x{00A0}\x{202F}\x{3000}\x{FEFF}']|USD|CNY|RMB|EUR|GBP|JPY|HKD|TWD|NTD|NT|AUD|CAD|SGD|CHF`;
// Either `(digits)` or an optional leading sign, digits and an optional trailing minus.
const SIGNED = String.raw`^(?:\(([\d.,]+)\)|[+-]?([\d.,]+)-?)$`;
const NEGATIVE = String.raw`^(\(.*\)|-.*|.*-)$`;
const POINT_DECIMAL = String.raw`^(\d+(\.\d*)?|\.\d+|\d{1,3}(,\d{3})+(\.\d+)?)$`;
// `12,50`, `1.234,56`, `1.234.567`; `1,234` stays a thousands separator (point-decimal is tried first).
const COMMA_DECIMAL = String.raw`^(\d+,\d+|\d{1,3}(\.\d{3})+,\d+|\d{1,3}(\.\d{3}){2,})$`;

/** SQL: text with currency, separators and signs read as a DOUBLE (the slower, general path). */
function formattedAmountSql(value: string): string {
  const body = `regexp_replace(${value}, ${literal(CURRENCY_AND_SPACES)}, '', 'gi')`;
  const digits = String.raw`regexp_replace(${body}, ${literal(SIGNED)}, '\1\2')`;
  const sign = `CASE WHEN regexp_matches(${body}, ${literal(NEGATIVE)}) THEN -1 ELSE 1 END`;
  const plain = `CASE
        WHEN regexp_matches(${digits}, ${literal(POINT_DECIMAL)}) THEN replace(${digits}, ',', '')
        WHEN regexp_matches(${digits}, ${literal(COMMA_DECIMAL)}) THEN replace(replace(${digits}, '.', ''), ',', '.')
      END`;
  return `TRY_CAST(${plain} AS DOUBLE) * ${sign}`;
}

/**
 * SQL: the value as a DOUBLE, NULL when unparseable. Accepts currency signs and codes, `1,234.56`,
 * `1.234,56`, `12,50`, `(12.50)` and leading or trailing minus signs.
 */
export function parseAmountSql(columnExpr: string): string {
  // `+ 0` turns the -0.0 of `-0` or a negated zero into 0. Plain numbers (nearly every value) are read by
  // the cast alone, ~3× faster than a regex test; `inf` and `nan` cast too, so they are sent on to be refused.
  const cast = `TRY_CAST(${columnExpr} AS DOUBLE)`;
  return `(CASE
      WHEN isfinite(${cast}) THEN ${cast}
      ELSE ${formattedAmountSql(columnExpr)}
    END + 0)`;
}

/**
 * SQL: parseAmountSql for a column whose every value is a plain decimal number (ColumnShape.plainNumber): the
 * cast its first branch takes for them.
 */
export function parsePlainNumberSql(columnExpr: string): string {
  return `(TRY_CAST(${columnExpr} AS DOUBLE) + 0)`;
}
