import { literal } from "../../engine/sql";
import type { DateOrder } from "../types";
import { strptimePattern } from "./strptime-pattern";

interface DateShape {
  format: string;
  /** Overrides the pattern derived from the format (e.g. fixed-width month and day when there is no separator). */
  pattern?: string;
  /** What may stand between the date and a time. */
  timeSeparators: string[];
}

// Most frequent first: a row stops at the first shape whose date part matches.
function dateShapes(dateOrder: DateOrder): DateShape[] {
  const monthDay = (separator: string) => (dateOrder === "mdy" ? `%m${separator}%d` : `%d${separator}%m`);
  return [
    { format: "%Y-%m-%d", timeSeparators: [" ", "T"] },
    { format: "%Y/%m/%d", timeSeparators: [" ", "T"] },
    { format: `${monthDay("/")}/%Y`, timeSeparators: [" "] },
    { format: `${monthDay("/")}/%y`, timeSeparators: [" "] },
    { format: "%d.%m.%Y", timeSeparators: [" "] },
    { format: "%d.%m.%y", timeSeparators: [" "] },
    { format: "%Y%m%d", pattern: String.raw`\d{8}`, timeSeparators: [" "] },
    { format: "%Y年%m月%d日", timeSeparators: [" ", ""] },
    { format: "%Y.%m.%d", timeSeparators: [" "] },
    { format: `${monthDay("-")}-%Y`, timeSeparators: [" "] },
    { format: `${monthDay("-")}-%y`, timeSeparators: [" "] },
  ];
}

const CLOCKS = ["%H:%M:%S", "%H:%M", "%H:%M:%S.%f", "%I:%M:%S %p", "%I:%M %p", "%I:%M:%S%p", "%I:%M%p"];
const ISO_ZONE_CLOCKS = ["%H:%M:%SZ", "%H:%M:%S.%fZ"];

function timeFormats(separator: string): string[] {
  return ["", ...CLOCKS.map((clock) => separator + clock), ...(separator === "T" ? ISO_ZONE_CLOCKS.map((clock) => separator + clock) : [])];
}

function shapeSql(value: string, shape: DateShape): string {
  const datePattern = shape.pattern ?? strptimePattern(shape.format);
  const times = [...new Set(shape.timeSeparators.flatMap(timeFormats))];
  const parses = times.map((time) => {
    const whole = literal(String.raw`^\s*${datePattern}${strptimePattern(time)}\s*$`);
    return `WHEN regexp_matches(${value}, ${whole}) THEN try_strptime(${value}, ${literal(shape.format + time)})`;
  });
  return `WHEN regexp_matches(${value}, ${literal(String.raw`^\s*${datePattern}`)}) THEN CASE\n      ${parses.join("\n      ")}\n    END`;
}

// Excel stores dates as days since 1899-12-30 (the fraction is the time of day); 20000..80000 = 1954..2119.
function excelSerialSql(value: string): string {
  const days = `TRY_CAST(${value} AS DOUBLE)`;
  return String.raw`WHEN regexp_matches(${value}, '^\s*\d{5}(\.\d+)?\s*$') AND ${days} BETWEEN 20000 AND 80000
      THEN TIMESTAMP '1899-12-30 00:00:00' + to_seconds(round(${days} * 86400))`;
}

/**
 * SQL: the value parsed as a TIMESTAMP, NULL when unparseable: ISO dates with or without a time,
 * `2024/3/5`, `05.03.2024`, `20240305`, `2024年3月5日`, `3/5/2024` (month or day first per dateOrder),
 * Excel serial numbers. A zone suffix `Z` is ignored: the wall-clock date as written is the order date.
 */
export function parseDateSql(columnExpr: string, dateOrder: DateOrder): string {
  const branches = [...dateShapes(dateOrder).map((shape) => shapeSql(columnExpr, shape)), excelSerialSql(columnExpr)];
  // Most files write ISO dates: a GLOB and a cast read them ~5× faster than the regex branches, which
  // still see every value the cast cannot read (e.g. `2024-02-30` → NULL either way).
  const isoFastPath = `CASE
      WHEN ${columnExpr} GLOB ${literal(ISO_DATE_GLOB)} THEN ${parseIsoDateSql(columnExpr)}
      WHEN ${columnExpr} GLOB ${literal(ISO_DATE_TIME_GLOB)} THEN TRY_CAST(${columnExpr} AS TIMESTAMP)
    END`;
  return `coalesce(${isoFastPath}, CASE\n    ${branches.join("\n    ")}\n  END)`;
}

const DIGIT = "[0-9]";
/** `2024-03-05`, exactly (the cast alone would also take `2024-03-05 BC` or a time it then drops). */
const ISO_DATE_GLOB = `${DIGIT.repeat(4)}-${DIGIT.repeat(2)}-${DIGIT.repeat(2)}`;
/** `2024-03-05 14:22:07` or `2024-03-05T14:22:07`, exactly. */
const ISO_DATE_TIME_GLOB = `${ISO_DATE_GLOB}[ T]${DIGIT.repeat(2)}:${DIGIT.repeat(2)}:${DIGIT.repeat(2)}`;

/**
 * SQL: parseDateSql for a column whose every value is `YYYY-MM-DD` (ColumnShape.isoDate): its fast path alone,
 * since for those values the other branches give what the cast gives (NULL for `2024-02-30`). Such values
 * carry no time: hasTimeSql is FALSE for them, NULL for NULL.
 */
export function parseIsoDateSql(columnExpr: string): string {
  return `TRY_CAST(${columnExpr} AS DATE)::TIMESTAMP`;
}

/** hasTimeSql for a column of `YYYY-MM-DD` values (see parseIsoDateSql). */
export function isoDateHasTimeSql(columnExpr: string): string {
  return `CASE WHEN ${columnExpr} IS NOT NULL THEN FALSE END`;
}

/** SQL: TRUE when the value carries a time of day (a clock time, or an Excel serial with a fraction). */
export function hasTimeSql(columnExpr: string): string {
  return String.raw`CASE
      WHEN ${columnExpr} GLOB ${literal(ISO_DATE_GLOB)} THEN FALSE
      WHEN ${columnExpr} GLOB ${literal(ISO_DATE_TIME_GLOB)} THEN TRUE
      ELSE regexp_matches(${columnExpr}, '\d:\d{2}') OR regexp_matches(${columnExpr}, '^\s*\d{5}\.\d*[1-9]')
    END`;
}
