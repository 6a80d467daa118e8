import type { Row } from "../engine/database";

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : typeof value === "number" && !Number.isInteger(value) ? String(Number(value.toPrecision(12))) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV (header line first); ids stay text. */
export function toCsv(rows: Row[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return [columns.join(","), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(","))].join("\n") + "\n";
}

/** Several named tables as CSV sections separated by a blank line, each headed `# name`. */
export function toCsvSections(sections: Record<string, Row[]>): string {
  return Object.entries(sections)
    .map(([name, rows]) => `# ${name}\n${toCsv(rows)}`)
    .join("\n");
}

/** JSON with doubles rounded to 12 significant digits: sums like 244091.93999999564 print as 244091.94. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, item: unknown) => (typeof item === "number" && !Number.isInteger(item) ? Number(item.toPrecision(12)) : item), 2)}\n`;
}
