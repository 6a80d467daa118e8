import type { PeriodUnit } from "./options";

// Periods are numbered by an integer index so "the previous period" is simply index − 1.
// Weeks count from Monday 1970-01-05; DuckDB's date_trunc('week') is the ISO week's Monday.
const WEEK_ZERO = "DATE '1970-01-05'";

/** SQL for the integer index of the period holding the DATE expression `date`. */
export function periodIndexSql(unit: PeriodUnit, date: string): string {
  switch (unit) {
    case "month":
      return `(year(${date}) * 12 + month(${date}) - 1)`;
    case "quarter":
      return `(year(${date}) * 4 + quarter(${date}) - 1)`;
    case "week":
      return `((CAST(date_trunc('week', ${date}) AS DATE) - ${WEEK_ZERO}) // 7)`;
  }
}

/** SQL for the first day (DATE) of the period with index `index`. */
export function periodStartSql(unit: PeriodUnit, index: string): string {
  switch (unit) {
    case "month":
      return `make_date(${index} // 12, ${index} % 12 + 1, 1)`;
    case "quarter":
      return `make_date(${index} // 4, (${index} % 4) * 3 + 1, 1)`;
    case "week":
      return `CAST(${WEEK_ZERO} + CAST(${index} * 7 AS INTEGER) AS DATE)`;
  }
}

/** SQL for the last day (DATE) of the period starting on the DATE expression `start`. */
export function periodEndSql(unit: PeriodUnit, start: string): string {
  switch (unit) {
    case "month":
      return `last_day(${start})`;
    case "quarter":
      return `last_day(CAST(${start} + INTERVAL 2 MONTH AS DATE))`;
    case "week":
      return `CAST(${start} + 6 AS DATE)`;
  }
}

/** SQL for the period's label: `2024-01`, ISO week `2024-W05`, or `2024-Q1`. */
export function periodLabelSql(unit: PeriodUnit, start: string): string {
  switch (unit) {
    case "month":
      return `strftime(${start}, '%Y-%m')`;
    case "quarter":
      return `strftime(${start}, '%Y') || '-Q' || CAST(quarter(${start}) AS VARCHAR)`;
    case "week":
      return `strftime(${start}, '%G-W%V')`;
  }
}
