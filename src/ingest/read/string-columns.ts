/** A table read in JS (workbook, Parquet, JSON): raw column names and one array of text values per column. */
export interface StringColumns {
  names: (string | null)[];
  columns: (string | null)[][];
  rowCount: number;
}

/** Turns rows (the first one a header when `header`) into columns; a column with no name and no values is dropped. */
export function rowsToColumns(rows: readonly (readonly (string | null)[])[], header: boolean): StringColumns {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const headerRow = header ? (rows[0] ?? []) : [];
  const dataRows = header ? rows.slice(1) : rows;
  const names: (string | null)[] = [];
  const columns: (string | null)[][] = [];
  for (let index = 0; index < width; index++) {
    const name = headerRow[index] ?? null;
    const values = dataRows.map((row) => row[index] ?? null);
    if (name === null && values.every((value) => value === null)) continue;
    names.push(name);
    columns.push(values);
  }
  return { names, columns, rowCount: dataRows.length };
}
