import type { RowHashes } from "./row-hashes";

// Past this, confirming the candidates in SQL is no cheaper than DuckDB finding the repeats itself.
const MAX_CANDIDATES = 100_000;

/**
 * The rows whose hashes (RowHashes) equal an earlier row's, together with those earlier rows, over the
 * batches of one file: every exact repeat is among them, and DuckDB confirms which are (repeatedRowsSql).
 * An open-addressing table sized for the file's rows (a Map of millions of entries is slow and large).
 */
export class RepeatCandidates {
  private readonly slots: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly firstRow: Int32Array;
  private readonly listed: Uint8Array;
  private size = 0;
  private found: number[] | null = [];

  constructor(private readonly rowCount: number) {
    let slots = 1024;
    while (slots < rowCount * 2) slots *= 2;
    this.slots = new Int32Array(slots);
    this.hashes = new Uint32Array(rowCount);
    this.firstRow = new Int32Array(rowCount);
    this.listed = new Uint8Array(rowCount);
  }

  /** Adds the rows of a batch whose first row is `firstRow` (1-based `__row`). */
  add(hashes: RowHashes, firstRow: number): void {
    if (this.found === null) return;
    const mask = this.slots.length - 1;
    for (let row = 0; row < hashes.values.length; row++) {
      const hash = hashes.values[row]!;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const held = this.slots[slot]!;
        if (held === 0) {
          if (this.size === this.rowCount) return this.giveUp();
          const entry = this.size++;
          this.hashes[entry] = hash;
          this.firstRow[entry] = firstRow + row;
          this.slots[slot] = entry + 1;
          break;
        }
        const entry = held - 1;
        if (this.hashes[entry] === hash) {
          if (!this.listed[entry]) {
            this.listed[entry] = 1;
            this.found.push(this.firstRow[entry]!);
          }
          this.found.push(firstRow + row);
          if (this.found.length > MAX_CANDIDATES) return this.giveUp();
          break;
        }
      }
    }
  }

  /** The candidate rows in ascending order; null when there were too many (or more rows than announced). */
  rows(): number[] | null {
    return this.found && [...this.found].sort((x, y) => x - y);
  }

  private giveUp(): void {
    this.found = null;
  }
}
