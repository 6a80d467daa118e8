import type { Data } from "apache-arrow";

/** Whether row `row` of an Arrow column's data holds a value (is not NULL), from its null bits; no bits: every row. */
export function hasValueAt(data: Data): (row: number) => boolean {
  const bitmap = data.nullBitmap;
  if (!bitmap || bitmap.length === 0) return () => true;
  return (row) => ((bitmap[row >> 3]! >> (row & 7)) & 1) === 1;
}
