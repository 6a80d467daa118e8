import type { CohortPeriod } from "./options";

const DATE_TRUNC_PART: Record<CohortPeriod, string> = { month: "'month'", week: "'week'", quarter: "'quarter'" };

/** SQL for the first day (a DATE) of the period holding the date `dateSql`; weeks start on Monday. */
export function periodStartSql(period: CohortPeriod, dateSql: string): string {
  const part = DATE_TRUNC_PART[period];
  if (!part) throw new Error(`Not a cohort period: ${String(period)}`);
  return `CAST(date_trunc(${part}, ${dateSql}) AS DATE)`;
}

/**
 * SQL for a period's position on a calendar-wide counter, so that the offset between two periods is the
 * difference of their indexes. Months and quarters count from year 0; weeks count Mondays since 1970-01-05.
 */
export function periodIndexSql(period: CohortPeriod, dateSql: string): string {
  switch (period) {
    case "month":
      return `(year(${dateSql}) * 12 + month(${dateSql}) - 1)`;
    case "quarter":
      return `(year(${dateSql}) * 4 + quarter(${dateSql}) - 1)`;
    case "week":
      return `((${periodStartSql("week", dateSql)} - DATE '1970-01-05') // 7)`;
  }
}

/** SQL for the first day of the period `offsetSql` periods after the period starting on `startSql`. */
export function periodShiftSql(period: CohortPeriod, startSql: string, offsetSql: string): string {
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
export function periodLastDaySql(period: CohortPeriod, startSql: string): string {
  return `CAST(${periodShiftSql(period, startSql, "1")} - 1 AS DATE)`;
}

/** SQL for a period's label: `2024-01`, `2024-Q1`, or the ISO week `2025-W01` (ISO week-numbering year). */
export function periodLabelSql(period: CohortPeriod, startSql: string): string {
  switch (period) {
    case "month":
      return `strftime(${startSql}, '%Y-%m')`;
    case "quarter":
      return `(CAST(year(${startSql}) AS VARCHAR) || '-Q' || CAST(quarter(${startSql}) AS VARCHAR))`;
    case "week":
      return `strftime(${startSql}, '%G-W%V')`;
  }
}
