import type { Database } from "../../engine/database";
import { ident } from "../../engine/sql";
import type { RawTable, SourceFormat } from "../types";
import { isKnownEncoding } from "./decode-text";
import { detectFileKind } from "./detect-file-kind";
import { explainFailure, IngestError } from "./ingest-error";
import { readJsTableAside } from "./js-table-aside";
import { loadDelimited } from "./load-delimited";
import { readParquetBatchesAside } from "./parquet-batches-aside";
import type { TextScan } from "./scan-text";

/** A file as the user gave it. */
export interface SourceFile {
  fileName: string;
  bytes: Uint8Array;
}

/** What the user can say when detection guesses wrong. */
export interface ReadOptions {
  /** Text encoding label, e.g. "utf-8", "gbk", "big5", "latin1". */
  encoding?: string;
  /** One character (",", ";", "\t", "|" …) or "whitespace" (runs of spaces / tabs). */
  delimiter?: string;
  /** Whether the first row (of a delimited file or a worksheet) holds column names. */
  header?: boolean;
  /** Worksheet name of an .xlsx file; default: the first sheet with data. */
  sheet?: string;
}

/** Progress stages, in order; "loading" reports a fraction for Parquet (row groups stored). */
export type LoadStage = "decoding" | "sniffing" | "reading" | "loading" | "done";
export type LoadProgress = (stage: LoadStage, fraction?: number) => void;

/**
 * Reads a user's file (CSV / TSV / whitespace text, .xlsx, Parquet, JSON, NDJSON) into DuckDB table
 * `tableName`: all columns VARCHAR plus a 1-based `__row`. In the browser the bytes' buffer is handed to
 * the DuckDB worker (detached), so the caller must not use `bytes` afterwards.
 */
export async function loadRawTable(
  db: Database,
  tableName: string,
  { fileName, bytes }: SourceFile,
  options: ReadOptions = {},
  onProgress: LoadProgress = () => {},
): Promise<RawTable> {
  if (bytes.length === 0) throw new IngestError(fileName, "empty_file", "the file is empty");
  if (options.encoding !== undefined && !isKnownEncoding(options.encoding)) {
    throw new IngestError(fileName, "unknown_encoding", `"${options.encoding}" is not a text encoding this browser knows; try utf-8, gbk, big5 or latin1`);
  }
  if (options.delimiter !== undefined && options.delimiter !== "whitespace" && [...options.delimiter].length !== 1) {
    throw new IngestError(fileName, "invalid_option", `the delimiter must be one character or "whitespace", not "${options.delimiter}"`);
  }
  const kind = detectFileKind(fileName, bytes);
  let columns: string[];
  let format: SourceFormat;
  let textScan: TextScan | undefined;
  if (kind === "delimited") {
    ({ columns, format, textScan } = await loadDelimited(db, tableName, fileName, bytes, options, onProgress));
  } else if (kind === "parquet") {
    // Decoding and storing go together, a row group at a time: the file was read (into memory) before.
    onProgress("loading", 0);
    ({ columns, textScan } = await loadParquet(db, tableName, fileName, bytes, (fraction) => onProgress("loading", fraction)));
    format = { kind: "parquet" };
  } else {
    onProgress("reading");
    const read = await readJsTableAside(fileName, bytes, kind, options);
    onProgress("loading");
    await storeInDatabase(fileName, () => db.insertArrowIPC(tableName, read.ipc));
    ({ columns, format } = read);
    textScan = { fieldEdgesTrimmed: read.edgesTrimmed, repeatedRows: null, columnShapes: read.columnShapes };
  }
  const [counted] = await db.query<{ rows: number }>(`SELECT count(*)::INTEGER AS rows FROM ${ident(tableName)}`);
  onProgress("done", 1);
  return { fileName, table: tableName, columns, rowCount: counted?.rows ?? 0, format, ...(textScan && { textScan }) };
}

async function storeInDatabase<T>(fileName: string, store: () => Promise<T>): Promise<T> {
  try {
    return await store();
  } catch (error) {
    throw explainFailure(fileName, error, "load_failed", "could not be stored in the database");
  }
}

/**
 * Reads a Parquet file into the table a row group at a time; returns the table's column names and what
 * reading told of the values.
 */
async function loadParquet(
  db: Database,
  tableName: string,
  fileName: string,
  bytes: Uint8Array,
  onFraction: (fraction: number) => void,
): Promise<{ columns: string[]; textScan: TextScan }> {
  let columns: string[] = [];
  let edgesTrimmed = true;
  let created = false;
  const read = await readParquetBatchesAside(fileName, bytes, async (batch) => {
    await storeInDatabase(fileName, () => db.insertArrowIPC(tableName, batch.ipc, { append: created }));
    created = true;
    columns = batch.columns;
    edgesTrimmed &&= batch.edgesTrimmed;
    onFraction(batch.fraction);
  });
  return { columns, textScan: { fieldEdgesTrimmed: edgesTrimmed, repeatedRows: null, repeatCandidates: read.repeatCandidates, columnShapes: read.columnShapes } };
}
