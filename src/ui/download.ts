import type { Row } from "../engine/database";

/** Offers bytes to the user as a file download (no network: a blob URL of this page). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV text of rows: ids stay text, UTF-8 with a BOM so Excel opens Chinese correctly.
 * `dateColumns` (epoch ms from DuckDB) are written as YYYY-MM-DD.
 */
export function rowsToCsv(rows: Row[], columns?: string[], dateColumns: string[] = []): string {
  const header = columns ?? Object.keys(rows[0] ?? {});
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) {
    lines.push(
      header
        .map((column) => {
          const value = row[column];
          return csvCell(dateColumns.includes(column) && typeof value === "number" ? new Date(value).toISOString().slice(0, 10) : value);
        })
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Downloads rows as a CSV file. */
export function downloadCsv(fileName: string, rows: Row[], columns?: string[], dateColumns?: string[]): void {
  downloadBlob(fileName, new Blob([rowsToCsv(rows, columns, dateColumns)], { type: "text/csv;charset=utf-8" }));
}
