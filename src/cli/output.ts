import type { Row } from "../engine/database";

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
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
