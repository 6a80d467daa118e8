import type { SourceFormat } from "../types";
import { uniqueColumnNames } from "./column-names";
import { ColumnShapes, type ColumnShape } from "./column-shapes";
import { decodeText } from "./decode-text";
import { firstRowIsHeader } from "./detect-header";
import type { FileKind } from "./detect-file-kind";
import type { ReadOptions } from "./load-raw-table";
import { readJson } from "./read-json";
import { readXlsx } from "./read-xlsx";
import { stringColumnsIPC } from "./string-columns-ipc";
import { rowsToColumns, type StringColumns } from "./string-columns";

/** The formats read whole in JavaScript (Parquet is read a row group at a time, delimited text by DuckDB). */
export type JsTableKind = Exclude<FileKind, "delimited" | "parquet">;

/** A workbook or JSON file read, ready for DuckDB: an Arrow IPC stream of its rows as text. */
export interface JsTable {
  /** The table's column names (unique). */
  columns: string[];
  ipc: Uint8Array;
  format: SourceFormat;
  /** No value has whitespace at its edges. */
  edgesTrimmed: boolean;
  /** What every value of each column is like (see ColumnShape). */
  columnShapes: ColumnShape[];
}

/** Reads an .xlsx or JSON / NDJSON file into one Arrow batch; fails with an IngestError the user can act on. */
export async function readJsTable(fileName: string, bytes: Uint8Array, kind: JsTableKind, options: ReadOptions): Promise<JsTable> {
  const { table, format } = await readRows(fileName, bytes, kind, options);
  const columns = uniqueColumnNames(table.names);
  const shapes = new ColumnShapes(columns.length);
  const { ipc, edgesTrimmed } = stringColumnsIPC(columns, table.columns, table.rowCount, 1, { shapes });
  return { columns, ipc, format, edgesTrimmed, columnShapes: shapes.shapes() };
}

async function readRows(fileName: string, bytes: Uint8Array, kind: JsTableKind, options: ReadOptions): Promise<{ table: StringColumns; format: SourceFormat }> {
  if (kind === "xlsx") {
    const { sheet, rows } = await readXlsx(fileName, bytes, options.sheet);
    const header = options.header ?? firstRowIsHeader(rows.slice(0, 50));
    return { table: rowsToColumns(rows, header), format: { kind: "xlsx", sheet, header } };
  }
  const { bytes: utf8, encoding } = decodeText(bytes, options.encoding);
  const table = readJson(fileName, new TextDecoder().decode(utf8), kind === "ndjson");
  return { table, format: { kind: "json", encoding } };
}
