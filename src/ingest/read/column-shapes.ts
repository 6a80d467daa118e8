import type { Vector } from "apache-arrow";
import { textBuffers } from "./text-vector";

/**
 * What every value of one column is like, learned while reading: by the byte scan of a delimited file
 * (scan-text.ts), or from the Arrow text of a file read in JavaScript (Parquet, .xlsx, JSON). NULLs are left
 * aside (so are a CSV's empty fields: DuckDB reads them as NULL), since every parse keeps NULL. The canonical
 * build reads a column of a known shape with a plain cast instead of its general rules (src/ingest/canonical/):
 * the same values, ~0.5 s less per million rows in the page. Each flag is true only when it holds for every value.
 */
export interface ColumnShape {
  /** Every value is a date written `YYYY-MM-DD` (ASCII digits), what parseDateSql's fast path takes. */
  isoDate: boolean;
  /** Every value is an optional minus, 1–18 ASCII digits and optionally a point and 1–18 digits. */
  plainNumber: boolean;
  /** No value is a missing-value marker (normalize-id.ts: null, NA, n/a, #N/A, NaN, none) or digits `.0…0`. */
  plainId: boolean;
}

const ZERO = 0x30;
const NINE = 0x39;
const MINUS = 0x2d;
const POINT = 0x2e;
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= ZERO && byte <= NINE;
// normalize-id.ts's MISSING, lower-cased: compared with the value's ASCII letters lower-cased.
const MISSING_MARKERS = ["null", "na", "n/a", "#n/a", "nan", "none"];

function isIsoDate(bytes: Uint8Array, start: number, end: number): boolean {
  // Unrolled: this runs for every value of a date column.
  return (
    end - start === 10 &&
    bytes[start + 4] === MINUS &&
    bytes[start + 7] === MINUS &&
    isDigit(bytes[start]) &&
    isDigit(bytes[start + 1]) &&
    isDigit(bytes[start + 2]) &&
    isDigit(bytes[start + 3]) &&
    isDigit(bytes[start + 5]) &&
    isDigit(bytes[start + 6]) &&
    isDigit(bytes[start + 8]) &&
    isDigit(bytes[start + 9])
  );
}

/** Digits from `at`, at most 18 (far from a double's limits); returns where they end, or -1 when none or too many. */
function digitsEnd(bytes: Uint8Array, at: number, end: number): number {
  let stop = at;
  while (stop < end && isDigit(bytes[stop])) stop++;
  return stop === at || stop - at > 18 ? -1 : stop;
}

function isPlainNumber(bytes: Uint8Array, start: number, end: number): boolean {
  const whole = digitsEnd(bytes, bytes[start] === MINUS ? start + 1 : start, end);
  if (whole === -1) return false;
  if (whole === end) return true;
  return bytes[whole] === POINT && digitsEnd(bytes, whole + 1, end) === end;
}

function isMissingMarker(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 4 || ((bytes[start]! | 0x20) !== 0x6e && bytes[start] !== 0x23)) return false;
  let text = "";
  for (let at = start; at < end; at++) text += String.fromCharCode(bytes[at]! | (bytes[at]! >= 0x41 && bytes[at]! <= 0x5a ? 0x20 : 0));
  return MISSING_MARKERS.includes(text);
}

/** `^\d+\.0+$`: an integer id a spreadsheet or pandas exported as a float. */
function isFloatInteger(bytes: Uint8Array, start: number, end: number): boolean {
  if (bytes[end - 1] !== ZERO) return false;
  let at = start;
  while (at < end && isDigit(bytes[at])) at++;
  if (at === start || bytes[at] !== POINT || at + 1 === end) return false;
  for (at++; at < end; at++) if (bytes[at] !== ZERO) return false;
  return true;
}

const ISO_DATE = 1;
const PLAIN_NUMBER = 2;
const PLAIN_ID = 4;

/** Collects the shapes of a file's columns, a field at a time; a shape once ruled out is not tested again. */
export class ColumnShapes {
  /** Per column, the shapes still possible (ISO_DATE | PLAIN_NUMBER | PLAIN_ID). */
  private readonly possible: Uint8Array;

  constructor(columnCount: number) {
    this.possible = new Uint8Array(columnCount).fill(ISO_DATE | PLAIN_NUMBER | PLAIN_ID);
  }

  /** Notes the field bytes[start, end) of a delimited file's column `column` (0-based); an empty field is NULL. */
  see(column: number, bytes: Uint8Array, start: number, end: number): void {
    const possible = this.possible[column]!;
    if (possible === 0 || start === end) return;
    let still = possible;
    if (possible & ISO_DATE && !isIsoDate(bytes, start, end)) still &= ~ISO_DATE;
    if (possible & PLAIN_NUMBER && !isPlainNumber(bytes, start, end)) still &= ~PLAIN_NUMBER;
    if (possible & PLAIN_ID && (isMissingMarker(bytes, start, end) || isFloatInteger(bytes, start, end))) still &= ~PLAIN_ID;
    if (still !== possible) this.possible[column] = still;
  }

  /** Notes every value of column `column`, an Arrow Utf8 vector: NULLs aside, an empty text rules out every shape. */
  seeVector(column: number, vector: Vector): void {
    const text = textBuffers(vector);
    if (!text) return;
    const { rowCount, offsets, bytes, hasValue } = text;
    for (let row = 0; row < rowCount && this.possible[column] !== 0; row++) {
      if (!hasValue(row)) continue;
      const start = offsets[row]!;
      const end = offsets[row + 1]!;
      if (start === end) this.possible[column] = 0;
      else this.see(column, bytes, start, end);
    }
  }

  shapes(): ColumnShape[] {
    return Array.from(this.possible, (possible) => ({
      isoDate: (possible & ISO_DATE) !== 0,
      plainNumber: (possible & PLAIN_NUMBER) !== 0,
      plainId: (possible & PLAIN_ID) !== 0,
    }));
  }
}
