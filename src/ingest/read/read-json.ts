import { IngestError } from "./ingest-error";
import { toRawString } from "./raw-value";
import type { StringColumns } from "./string-columns";

type JsonRecord = Record<string, unknown>;

/**
 * Reads JSON records: a `.json` array of objects (or an object with one array property), or with
 * `lineDelimited` one object per line (NDJSON / JSON Lines). Columns are the union of keys in
 * first-seen order; nested values become JSON text.
 */
export function readJson(fileName: string, text: string, lineDelimited: boolean): StringColumns {
  const records = lineDelimited ? parseJsonLines(fileName, text) : parseJsonDocument(fileName, text);
  if (records.length === 0) throw new IngestError(fileName, "empty_file", "the file holds no records");
  return recordsToColumns(records);
}

function parseJsonDocument(fileName: string, text: string): JsonRecord[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // Files named .json are often JSON Lines; read them as such when every line is an object.
    if (looksLikeJsonLines(text)) return parseJsonLines(fileName, text);
    throw new IngestError(fileName, "invalid_json", `the file is not valid JSON${lineOfPosition(text, error)}: ${(error as Error).message}`);
  }
  const records = Array.isArray(document) ? document : singleArrayProperty(document);
  if (!records) {
    throw new IngestError(fileName, "unexpected_json_shape", "expected an array of objects, or an object with one array of objects");
  }
  const notObject = records.findIndex((record) => !isRecord(record));
  if (notObject >= 0) {
    throw new IngestError(fileName, "unexpected_json_shape", `item ${notObject + 1} of the array is not an object with named fields`);
  }
  return records as JsonRecord[];
}

function parseJsonLines(fileName: string, text: string): JsonRecord[] {
  const records: JsonRecord[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new IngestError(fileName, "invalid_json", `line ${index + 1} is not valid JSON: ${(error as Error).message}`);
    }
    if (!isRecord(value)) throw new IngestError(fileName, "unexpected_json_shape", `line ${index + 1} is not a JSON object`);
    records.push(value);
  });
  return records;
}

function recordsToColumns(records: readonly JsonRecord[]): StringColumns {
  const columnIndex = new Map<string, number>();
  const columns: (string | null)[][] = [];
  records.forEach((record, row) => {
    for (const [key, value] of Object.entries(record)) {
      let index = columnIndex.get(key);
      if (index === undefined) {
        index = columns.push(new Array<string | null>(records.length).fill(null)) - 1;
        columnIndex.set(key, index);
      }
      (columns[index] as (string | null)[])[row] = toRawString(value);
    }
  });
  return { names: [...columnIndex.keys()], columns, rowCount: records.length };
}

function singleArrayProperty(document: unknown): unknown[] | undefined {
  if (!isRecord(document)) return undefined;
  const arrays = Object.values(document).filter(Array.isArray);
  return arrays.length === 1 ? arrays[0] : undefined;
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  return lines.length > 1 && lines.every((line) => line.trimStart().startsWith("{"));
}

/** " (line N)" from the character position V8 puts in JSON.parse errors, when it does. */
function lineOfPosition(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(String(error))?.[1];
  if (position === undefined) return "";
  return ` (line ${text.slice(0, Number(position)).split("\n").length})`;
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
