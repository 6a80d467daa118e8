import type { Database } from "../../engine/database";
import { ident, literal } from "../../engine/sql";
import type { SourceFormat } from "../types";
import { ROW_NUMBER_COLUMN, uniqueColumnNames } from "./column-names";
import { decodeText } from "./decode-text";
import { explainFailure, IngestError } from "./ingest-error";
import { sniffDelimited, type DelimitedDialect, type DialectOverrides } from "./sniff-delimited";
import { whitespaceToTabs } from "./whitespace-to-tabs";
import type { TextScan } from "./scan-text";
import { scanDelimitedTextAside } from "./scan-text-aside";

/** Dialect overrides plus an explicit text encoding label. */
export interface DelimitedOptions extends DialectOverrides {
  encoding?: string;
}

const SNIFF_BYTES = 256 * 1024;
let registeredFiles = 0;

/** Loads delimited text into an all-VARCHAR table through DuckDB's read_csv; returns its columns and format. */
export async function loadDelimited(
  db: Database,
  tableName: string,
  fileName: string,
  bytes: Uint8Array,
  options: DelimitedOptions,
  onStage: (stage: "decoding" | "sniffing" | "loading") => void,
): Promise<{ columns: string[]; format: SourceFormat; textScan: TextScan }> {
  onStage("decoding");
  const decoded = decodeText(bytes, options.encoding);
  onStage("sniffing");
  const sample = headOfText(decoded.bytes);
  if (sample.trim() === "") throw new IngestError(fileName, "empty_file", "the file is empty");
  const dialect = sniffDelimited(sample, options);
  const csvBytes = dialect.delimiter === "whitespace" ? whitespaceToTabs(decoded.bytes) : decoded.bytes;
  const columns = uniqueColumnNames(dialect.headerNames);
  const { delimiter, header, skipLines, lineEnding } = dialect;
  // The scan's copy is made before DuckDB takes the bytes (they are detached from this thread then).
  const scanning = await scanDelimitedTextAside(csvBytes, { delimiter, header, skipLines, columnCount: columns.length });

  onStage("loading");
  const registeredName = `ingest_${++registeredFiles}.csv`;
  await db.registerFile(registeredName, csvBytes);
  try {
    await db.exec(
      `CREATE OR REPLACE TABLE ${ident(tableName)} AS
       SELECT row_number() OVER ()::INTEGER AS ${ident(ROW_NUMBER_COLUMN)}, *
       FROM ${readCsvCall(registeredName, dialect, columns)}`,
    );
  } catch (error) {
    const problem = `could not be read as ${describeDelimiter(dialect)}-separated text; check the delimiter and encoding`;
    throw explainFailure(fileName, csvErrorReason(error) ?? error, "unreadable_text", problem);
  } finally {
    await db.dropFile(registeredName);
  }
  return { columns, format: { kind: "delimited", encoding: decoded.encoding, delimiter, header, lineEnding }, textScan: await scanning.answer };
}

/**
 * read_csv told exactly what the sniffer found (no auto-detection): every column VARCHAR, short rows padded
 * with NULL, and strict_mode off so stray quotes inside a field don't abort the load.
 */
function readCsvCall(fileName: string, dialect: DelimitedDialect, columns: readonly string[]): string {
  const whitespace = dialect.delimiter === "whitespace";
  const columnTypes = columns.map((name) => `${literal(name)}: 'VARCHAR'`).join(", ");
  return `read_csv(${literal(fileName)},
    auto_detect = false,
    header = ${dialect.header},
    skip = ${dialect.skipLines},
    delim = ${literal(whitespace ? "\t" : dialect.delimiter)},
    quote = ${literal(whitespace ? "" : '"')},
    escape = ${literal(whitespace ? "" : '"')},
    columns = {${columnTypes}},
    null_padding = true,
    strict_mode = false)`;
}

/** The first part of UTF-8 text, cut at a line break so no line is half-read. */
function headOfText(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES));
  if (bytes.length <= SNIFF_BYTES) return text;
  const lastBreak = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
  return lastBreak > 0 ? text.slice(0, lastBreak) : text;
}

function describeDelimiter({ delimiter }: DelimitedDialect): string {
  const names: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe", whitespace: "space" };
  return names[delimiter] ?? `"${delimiter}"`;
}

/** DuckDB's CSV errors give the line number first and the reason after the (possibly huge) original line. */
function csvErrorReason(error: unknown): Error | undefined {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n");
  const lineNumber = /CSV Error on Line: (\d+)/.exec(lines[0] ?? "")?.[1];
  const reason = lines[1]?.startsWith("Original Line:") ? lines[2] : undefined;
  return lineNumber && reason ? new Error(`line ${lineNumber}: ${reason}`) : undefined;
}
