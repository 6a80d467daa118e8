/** Quotes an identifier (a column name from a user's file can hold anything: quotes, spaces, Chinese). */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Renders a JS value as a SQL literal; strings are quoted and escaped, dates become DATE literals. */
export function literal(value: string | number | boolean | null | Date): string {
  if (value === null) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `DATE '${value.toISOString().slice(0, 10)}'`;
  return `'${value.replaceAll("'", "''")}'`;
}

/** A DATE literal from an ISO `YYYY-MM-DD` string, checked so nothing else gets pasted into SQL. */
export function dateLiteral(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Not an ISO date: ${isoDate}`);
  return `DATE '${isoDate}'`;
}
