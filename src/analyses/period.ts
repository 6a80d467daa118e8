/** Calendar periods the time-based analyses group by: months, ISO weeks (Monday start) and quarters. */
export type CalendarPeriod = "month" | "week" | "quarter";
export const CALENDAR_PERIODS: readonly CalendarPeriod[] = ["month", "week", "quarter"];

export function isCalendarPeriod(value: unknown): value is CalendarPeriod {
  return typeof value === "string" && (CALENDAR_PERIODS as readonly string[]).includes(value);
}

// Weeks are counted from Monday 1970-01-05; DuckDB's date_trunc('week') is the ISO week's Monday.
const WEEK_ZERO = "DATE '1970-01-05'";
const DATE_TRUNC_PART: Record<CalendarPeriod, string> = { month: "'month'", week: "'week'", quarter: "'quarter'" };

/** SQL for the first day (a DATE) of the period holding the date `dateSql`. */
export function periodStartSql(period: CalendarPeriod, dateSql: string): string {
  const part = DATE_TRUNC_PART[period];
  if (!part) throw new Error(`Not a calendar period: ${String(period)}`);
  return `CAST(date_trunc(${part}, ${dateSql}) AS DATE)`;
}

/**
 * SQL for a period's position on a calendar-wide counter, so the offset between two periods is the
 * difference of their indexes and "the previous period" is index − 1.
 */
export function periodIndexSql(period: CalendarPeriod, dateSql: string): string {
  switch (period) {
    case "month":
      return `(year(${dateSql}) * 12 + month(${dateSql}) - 1)`;
    case "quarter":
      return `(year(${dateSql}) * 4 + quarter(${dateSql}) - 1)`;
    case "week":
      return `((${periodStartSql("week", dateSql)} - ${WEEK_ZERO}) // 7)`;
  }
}

/** SQL for the first day (a DATE) of the period whose index (see periodIndexSql) is `indexSql`. */
export function periodStartFromIndexSql(period: CalendarPeriod, indexSql: string): string {
  switch (period) {
    case "month":
      return `make_date(${indexSql} // 12, ${indexSql} % 12 + 1, 1)`;
    case "quarter":
      return `make_date(${indexSql} // 4, (${indexSql} % 4) * 3 + 1, 1)`;
    case "week":
      return `CAST(${WEEK_ZERO} + CAST(${indexSql} * 7 AS INTEGER) AS DATE)`;
  }
}

/** SQL for the first day of the period `offsetSql` periods after the period starting on `startSql`. */
export function periodShiftSql(period: CalendarPeriod, startSql: string, offsetSql: string): string {
  switch (period) {
    case "month":
      return `CAST(${startSql} + to_months(CAST(${offsetSql} AS INTEGER)) AS DATE)`;
    case "quarter":
      return `CAST(${startSql} + to_months(CAST(3 * ${offsetSql} AS INTEGER)) AS DATE)`;
    case "week":
      return `CAST(${startSql} + CAST(7 * ${offsetSql} AS INTEGER) AS DATE)`;
  }
}

/** SQL for the last day of the period starting on `startSql`. */
export function periodLastDaySql(period: CalendarPeriod, startSql: string): string {
  return `CAST(${periodShiftSql(period, startSql, "1")} - 1 AS DATE)`;
}

/** SQL for a period's label: `2024-01`, `2024-Q1`, or the ISO week `2025-W01` (ISO week-numbering year). */
export function periodLabelSql(period: CalendarPeriod, startSql: string): string {
  switch (period) {
    case "month":
      return `strftime(${startSql}, '%Y-%m')`;
    case "quarter":
      return `(CAST(year(${startSql}) AS VARCHAR) || '-Q' || CAST(quarter(${startSql}) AS VARCHAR))`;
    case "week":
      return `strftime(${startSql}, '%G-W%V')`;
  }
}
