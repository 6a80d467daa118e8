import { readFileSync } from "node:fs";
import { sharedData } from "../../helpers/db";

const SAMPLE_ROWS = 200;

function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') field += line[++i];
    else if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) [fields[fields.length], field] = [field, ""];
    else field += char;
  }
  return [...fields, field];
}

/** Header and the first 200 values of each column of a file in ../shared/data, as the mapping step sees them. */
export function sharedSamples(path: string, options: { whitespace?: boolean; header?: boolean } = {}) {
  const lines = readFileSync(sharedData(path), "latin1").split(/\r\n|\r|\n/).filter((line) => line.trim() !== "");
  const split = (line: string) => (options.whitespace ? line.trim().split(/\s+/) : splitCsvLine(line));
  const rows = lines.map(split);
  const columns = options.header === false ? (rows[0] ?? []).map((_, index) => `column_${index + 1}`) : (rows.shift() ?? []);
  const data = rows.slice(0, SAMPLE_ROWS);
  const samples = Object.fromEntries(columns.map((column, index) => [column, data.map((row) => row[index] ?? null)]));
  return { columns, samples };
}
