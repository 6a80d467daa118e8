import type { Vector } from "apache-arrow";

/**
 * Two independent 32-bit hashes per row of a batch, folded column by column over each value's UTF-8 bytes
 * (NULL folded as a marker no text gives). Rows equal in every column get equal hashes; the reverse is only
 * likely, so what they find is confirmed in SQL (see RepeatCandidates).
 */
export class RowHashes {
  readonly a: Uint32Array;
  readonly b: Uint32Array;

  constructor(rowCount: number) {
    this.a = new Uint32Array(rowCount).fill(0x811c9dc5);
    this.b = new Uint32Array(rowCount).fill(0x9747b28c);
  }

  /** Folds one Utf8 column in. */
  fold(vector: Vector): void {
    const [data] = vector.data;
    if (!data) return;
    const offsets = data.valueOffsets as Int32Array;
    const bytes = data.values as Uint8Array;
    for (let row = 0; row < this.a.length; row++) {
      let a = this.a[row]!;
      let b = this.b[row]!;
      if (data.getValid(row)) {
        for (let index = offsets[row]!; index < offsets[row + 1]!; index++) {
          const byte = bytes[index]!;
          a = Math.imul(a ^ byte, 0x01000193);
          b = Math.imul((b ^ byte) + 0x3c6ef372, 0x5bd1e995);
        }
        // A byte UTF-8 never has ends the value, so "ab","c" and "a","bc" differ.
        a = Math.imul(a ^ 0xff, 0x01000193);
        b = Math.imul((b ^ 0xff) + 0x3c6ef372, 0x5bd1e995);
      } else {
        a = Math.imul(a ^ 0xfe, 0x01000193);
        b = Math.imul((b ^ 0xfe) + 0x3c6ef372, 0x5bd1e995);
      }
      this.a[row] = a;
      this.b[row] = b;
    }
  }
}
