import type { Vector } from "apache-arrow";
import { textBuffers } from "./text-vector";

/**
 * A 32-bit FNV-1a hash per row of a batch, folded column by column over each value's UTF-8 bytes (NULL folded
 * as a byte no text has). Rows equal in every column get equal hashes; unequal rows share one only by chance
 * (about n² / 2³³ pairs in n rows: some hundred in a million, against the 0.5 s a second hash cost), and what
 * they find is confirmed in SQL anyway (see RepeatCandidates).
 */
export class RowHashes {
  readonly values: Uint32Array;

  constructor(rowCount: number) {
    this.values = new Uint32Array(rowCount).fill(0x811c9dc5);
  }

  /** Folds one Utf8 column in. */
  fold(vector: Vector): void {
    const text = textBuffers(vector);
    if (!text) return;
    const { offsets, bytes, hasValue } = text;
    const hashes = this.values;
    for (let row = 0; row < hashes.length; row++) {
      let hash = hashes[row]!;
      if (hasValue(row)) {
        const end = offsets[row + 1]!;
        for (let index = offsets[row]!; index < end; index++) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
        // A byte UTF-8 never has ends the value, so "ab","c" and "a","bc" differ.
        hash = Math.imul(hash ^ 0xff, 0x01000193);
      } else {
        hash = Math.imul(hash ^ 0xfe, 0x01000193);
      }
      hashes[row] = hash;
    }
  }
}
