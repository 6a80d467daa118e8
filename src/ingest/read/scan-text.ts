import { ColumnShapes, type ColumnShape } from "./column-shapes";
import { hasSpaceAtEdge } from "./edge-space";

/**
 * What one pass over a delimited file's bytes can tell before DuckDB has parsed it, so the canonical build
 * can skip work: whether any field has whitespace at its edges (the parse then trims nothing), what every value
 * of each column is like (a column of plain numbers is read by a cast alone), and which rows repeat an earlier
 * one in every column. It runs in a worker beside DuckDB's read_csv (0.8 s of the other core
 * at 1 M rows; sharing two cores with it slows the read by 0.2–0.3 s, against the 0.55 s it saves).
 *
 * It answers only when the answer is certain: with a quote anywhere (a quoted field may hold delimiters or
 * line breaks), a blank line, or a line with more fields than the header, it gives up (null / false).
 */
export interface TextScan {
  /** True when no field starts or ends with a space, tab, no-break or ideographic space or BOM. */
  fieldEdgesTrimmed: boolean;
  /** The `__row` (1-based, data rows only) of each row equal in every column to an earlier row; null: unknown. */
  repeatedRows: number[] | null;
  /**
   * Known instead of `repeatedRows` when reading could only narrow them down (src/ingest/read/repeat-candidates.ts):
   * every repeat and every row it repeats is among these rows; null or absent: unknown.
   */
  repeatCandidates?: number[] | null;
  /** Per column of the file, in order (not `__row`); absent: unknown. */
  columnShapes?: ColumnShape[];
}

export interface ScanDialect {
  /** One character; "whitespace" (runs of spaces) is not scanned. */
  delimiter: string;
  header: boolean;
  /** Lines before the table that read_csv skips. */
  skipLines: number;
  columnCount: number;
}

/** What a scan that cannot tell answers. */
export const UNKNOWN_SCAN: TextScan = { fieldEdgesTrimmed: false, repeatedRows: null };
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
// Past this, listing the repeats in SQL costs more than DuckDB finding them.
const MAX_LISTED_REPEATS = 50_000;

function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let offset = 0; offset < aEnd - a; offset++) if (bytes[a + offset] !== bytes[b + offset]) return false;
  return true;
}

/** Where the line starting at `start` ends (before its CR, LF or CR LF). */
function lineEndFrom(bytes: Uint8Array, start: number): number {
  let end = start;
  while (end < bytes.length && bytes[end] !== LF && bytes[end] !== CR) end++;
  return end;
}

/** The start of the line after the one ending at `end`. */
const nextLine = (bytes: Uint8Array, end: number) => (bytes[end] === CR && bytes[end + 1] === LF ? end + 2 : end + 1);

/**
 * The rows seen so far, in an open-addressing hash table keyed by the FNV-1a hash of each row's text (a Map
 * of a million entries took most of a second); equal hashes are confirmed byte by byte.
 */
class RowTable {
  private slots = new Int32Array(1 << 16);
  private hashes = new Uint32Array(1 << 15);
  private starts = new Int32Array(1 << 15);
  private ends = new Int32Array(1 << 15);
  size = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Adds the row bytes[start, end) with its hash; false when an equal row is already there. */
  add(hash: number, start: number, end: number): boolean {
    if (this.size * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) {
        const row = this.size++;
        this.hashes[row] = hash;
        this.starts[row] = start;
        this.ends[row] = end;
        this.slots[slot] = row + 1;
        return true;
      }
      const other = held - 1;
      if (this.hashes[other] === hash && sameBytes(this.bytes, this.starts[other]!, this.ends[other]!, start, end)) return false;
    }
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const copy = <T extends Int32Array | Uint32Array>(from: T, to: T) => (to.set(from), to);
    this.hashes = copy(this.hashes, new Uint32Array(size / 2));
    this.starts = copy(this.starts, new Int32Array(size / 2));
    this.ends = copy(this.ends, new Int32Array(size / 2));
    this.slots = new Int32Array(size);
    const mask = size - 1;
    for (let row = 0; row < this.size; row++) {
      let slot = this.hashes[row]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = row + 1;
    }
  }
}

/** Whether files of this dialect can be scanned at all: a one-byte delimiter (not "whitespace"). */
export function isScannable({ delimiter }: ScanDialect): boolean {
  return [...delimiter].length === 1 && delimiter.charCodeAt(0) < 0x80;
}

export function scanDelimitedText(bytes: Uint8Array, dialect: ScanDialect): TextScan {
  if (!isScannable(dialect)) return UNKNOWN_SCAN;
  const delimiter = dialect.delimiter.charCodeAt(0);
  const columnCount = dialect.columnCount;
  let fieldEdgesTrimmed = true;
  let lineStart = 0;
  for (let skip = dialect.skipLines + (dialect.header ? 1 : 0); skip > 0 && lineStart < bytes.length; skip--) lineStart = nextLine(bytes, lineEndFrom(bytes, lineStart));
  const seen = new RowTable(bytes);
  const shapes = new ColumnShapes(columnCount);
  const repeatedRows: number[] = [];
  while (lineStart < bytes.length) {
    // One pass per line: field edges, field count, and the hash of the text without its trailing delimiters
    // (an empty and a missing last field are both NULL), whose delimiters are hashed only once a value follows.
    let hash = 0x811c9dc5;
    let fields = 1;
    let fieldStart = lineStart;
    let valuesEnd = lineStart;
    let pendingDelimiters = 0;
    let at = lineStart;
    for (; at < bytes.length; at++) {
      const byte = bytes[at]!;
      if (byte === LF || byte === CR) break;
      if (byte === QUOTE) return UNKNOWN_SCAN;
      if (byte === delimiter) {
        // A field's bytes never include the delimiter, so a tab delimiter is never taken for whitespace.
        if (fieldEdgesTrimmed && at > fieldStart && hasSpaceAtEdge(bytes, fieldStart, at)) fieldEdgesTrimmed = false;
        shapes.see(fields - 1, bytes, fieldStart, at);
        fields++;
        fieldStart = at + 1;
        pendingDelimiters++;
        continue;
      }
      for (; pendingDelimiters > 0; pendingDelimiters--) hash = Math.imul(hash ^ delimiter, 0x01000193);
      hash = Math.imul(hash ^ byte, 0x01000193);
      valuesEnd = at + 1;
    }
    if (at === lineStart || fields > columnCount) return UNKNOWN_SCAN;
    if (fieldEdgesTrimmed && at > fieldStart && hasSpaceAtEdge(bytes, fieldStart, at)) fieldEdgesTrimmed = false;
    shapes.see(fields - 1, bytes, fieldStart, at);
    if (!seen.add(hash >>> 0, lineStart, valuesEnd)) repeatedRows.push(seen.size + repeatedRows.length + 1);
    lineStart = nextLine(bytes, at);
  }
  return { fieldEdgesTrimmed, repeatedRows: repeatedRows.length > MAX_LISTED_REPEATS ? null : repeatedRows, columnShapes: shapes.shapes() };
}
