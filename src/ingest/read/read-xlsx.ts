import readXlsxFile from "read-excel-file/universal";
import { explainFailure, IngestError } from "./ingest-error";
import { toRawString } from "./raw-value";
import { toArrayBuffer } from "./bytes";

/** The rows of one worksheet as text (dates ISO, numbers without float noise, empty cells null). */
export interface SheetRows {
  sheet: string;
  rows: (string | null)[][];
}

/** Reads the named sheet, or the first sheet with data, of an .xlsx workbook; fully empty rows are left out. */
export async function readXlsx(fileName: string, bytes: Uint8Array, sheetName?: string): Promise<SheetRows> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(toArrayBuffer(bytes), { trim: false });
  } catch (error) {
    throw explainFailure(fileName, error, "unreadable_workbook", "is not a readable Excel workbook (.xlsx); save it again as .xlsx or CSV");
  }
  const withRows = sheets.map(({ sheet, data }) => ({ sheet, rows: nonEmptyRows(data) }));
  if (sheetName !== undefined) {
    const named = withRows.find(({ sheet }) => sheet === sheetName);
    if (named) return named;
    const available = withRows.map(({ sheet }) => `"${sheet}"`).join(", ");
    throw new IngestError(fileName, "sheet_not_found", `the workbook has no sheet named "${sheetName}" (it has ${available})`);
  }
  const first = withRows.find(({ rows }) => rows.length > 0);
  if (!first) throw new IngestError(fileName, "no_sheet_with_data", "the workbook has no sheet with data");
  return first;
}

function nonEmptyRows(data: readonly (readonly unknown[])[]): (string | null)[][] {
  return data.map((row) => row.map(toRawString)).filter((row) => row.some((value) => value !== null));
}
