import type { Plugin } from "vite";

// read-excel-file 9.3 parses a sheet's XML in chunks sized to take ~7 ms each and appends each chunk's rows
// with `rows = rows.concat(…)`, copying every row read so far per chunk. In Chromium that is quadratic and
// feeds on itself (slower chunks → smaller chunks → more copies): a 50 k-row, 2.4 MB workbook took 60 s on the
// page's thread, 2.4 s once the rows are pushed instead (200 k rows: 6.1 s). Node's reads are unaffected.
const PARSE_SHEET = /read-excel-file\/modules\/xlsx\/parseSheet\.js$/;
const QUADRATIC = "rows = rows.concat(finalizedRows);";
const LINEAR = "for (var finalized = 0; finalized < finalizedRows.length; finalized++) rows.push(finalizedRows[finalized]);";

/** The library's parseSheet.js with rows appended in place; throws when the line to replace is not there. */
export function patchParseSheet(code: string): string {
  if (!code.includes(QUADRATIC)) {
    throw new Error(`read-excel-file's parseSheet.js no longer has "${QUADRATIC}": check whether large sheets still read slowly, then update or drop this patch`);
  }
  return code.replace(QUADRATIC, LINEAR);
}

/** Applies patchParseSheet when Vite bundles the library (build and dev server). */
export function readExcelFileLinearRows(): Plugin {
  return {
    name: "crm-studio-read-excel-file-linear-rows",
    transform(code, id) {
      return PARSE_SHEET.test(id.split("?")[0] ?? id) ? { code: patchParseSheet(code), map: null } : null;
    },
  };
}
