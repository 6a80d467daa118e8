import type { Table } from "apache-arrow";
import type { Row } from "./database";

/** Converts an Arrow result into plain row objects (numbers stay numbers thanks to castBigIntToDouble). */
export function tableToRows<T extends Row>(table: Table): T[] {
  const columns = table.schema.fields.map((field) => field.name);
  const vectors = columns.map((_, index) => table.getChildAt(index));
  const rows: T[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (let c = 0; c < columns.length; c++) {
      const value: unknown = vectors[c]?.get(r);
      row[columns[c] as string] = typeof value === "bigint" ? Number(value) : (value ?? null);
    }
    rows[r] = row as T;
  }
  return rows;
}
