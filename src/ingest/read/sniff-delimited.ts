import { firstRowIsHeader } from "./detect-header";
import { splitRecords, splitWhitespaceRecords, type TextRecord } from "./split-records";

/** One delimiter character, or "whitespace": fields separated by runs of spaces / tabs (fixed-width-like files). */
export type Delimiter = string;
/** How lines end: shown to the user; read_csv finds CR-only lines by itself. */
export type LineEnding = "LF" | "CRLF" | "CR";

/** How a delimited text file is laid out, as read_csv needs to be told. */
export interface DelimitedDialect {
  delimiter: Delimiter;
  lineEnding: LineEnding;
  header: boolean;
  /** Lines before the table (blank lines, a title) that read_csv must skip. */
  skipLines: number;
  /** One entry per column: the header's text, or null when there is no header or the header is shorter. */
  headerNames: (string | null)[];
}

/** What the user said explicitly; anything left out is detected. */
export interface DialectOverrides {
  delimiter?: Delimiter;
  header?: boolean;
}

const DELIMITERS = [",", ";", "\t", "|"] as const;
const SNIFF_RECORDS = 50;
const CONSISTENT_SHARE = 0.8;

/** Detects delimiter, line ending, header and column count from the first part of a delimited text file. */
export function sniffDelimited(sample: string, overrides: DialectOverrides = {}): DelimitedDialect {
  const delimiter = overrides.delimiter ?? detectDelimiter(sample);
  const records = splitBy(sample, delimiter);
  const tableStart = Math.max(0, records.findIndex((record) => record.fields.length > 1));
  const table = records.slice(tableStart);
  const header = overrides.header ?? firstRowIsHeader(table.slice(0, SNIFF_RECORDS).map((record) => record.fields));
  const columnCount = table.reduce((widest, record) => Math.max(widest, record.fields.length), 1);
  const headerFields = header ? (table[0]?.fields ?? []) : [];
  return {
    delimiter,
    lineEnding: detectLineEnding(sample),
    header,
    skipLines: table[0]?.line ?? 0,
    headerNames: Array.from({ length: columnCount }, (_, index) => headerFields[index] ?? null),
  };
}

function splitBy(text: string, delimiter: Delimiter, maxRecords = Infinity): TextRecord[] {
  return delimiter === "whitespace" ? splitWhitespaceRecords(text, maxRecords) : splitRecords(text, delimiter, maxRecords);
}

/** The delimiter that splits the first lines into the most consistent number (≥ 2) of fields. */
function detectDelimiter(sample: string): Delimiter {
  const ranked = DELIMITERS.map((delimiter) => ({ delimiter, ...fieldCountConsistency(splitBy(sample, delimiter, SNIFF_RECORDS)) }))
    .filter((candidate) => candidate.fieldCount >= 2)
    .sort((a, b) => b.share - a.share || b.fieldCount - a.fieldCount);
  const best = ranked[0];
  if (best && best.share >= CONSISTENT_SHARE) return best.delimiter;
  const whitespace = fieldCountConsistency(splitBy(sample, "whitespace", SNIFF_RECORDS));
  if (whitespace.fieldCount >= 2 && whitespace.share >= CONSISTENT_SHARE) return "whitespace";
  return best?.delimiter ?? ",";
}

/** The most frequent field count and the share of records that have it. */
function fieldCountConsistency(records: TextRecord[]): { fieldCount: number; share: number } {
  const counts = new Map<number, number>();
  for (const record of records) counts.set(record.fields.length, (counts.get(record.fields.length) ?? 0) + 1);
  let fieldCount = 0;
  let frequency = 0;
  for (const [count, times] of counts) {
    if (times > frequency || (times === frequency && count > fieldCount)) [fieldCount, frequency] = [count, times];
  }
  return { fieldCount, share: records.length === 0 ? 0 : frequency / records.length };
}

function detectLineEnding(sample: string): LineEnding {
  const crlf = sample.match(/\r\n/g)?.length ?? 0;
  const cr = (sample.match(/\r/g)?.length ?? 0) - crlf;
  const lf = (sample.match(/\n/g)?.length ?? 0) - crlf;
  if (cr > crlf && cr > lf) return "CR";
  return crlf > lf ? "CRLF" : "LF";
}
