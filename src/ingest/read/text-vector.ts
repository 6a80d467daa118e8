import { Utf8, makeData, makeVector, type Vector } from "apache-arrow";
import { hasValueAt } from "../../engine/arrow-validity";
import { isValidUtf8 } from "./decode-text";
import { hasSpaceAtEdge } from "./edge-space";
import { numberToString, toRawString } from "./raw-value";

/**
 * An Arrow Utf8 vector of the values as toRawString renders them, built from its buffers. Arrow's
 * vectorFromArray compiles a null check with `new Function`, which the page's Content Security Policy (no
 * 'unsafe-eval') forbids.
 *
 * Besides strings it takes the values a Parquet reader gives: numbers (written as ASCII digits) and text
 * still as UTF-8 bytes, copied as they are instead of decoded to a string and encoded back (most of the time
 * of a million-row Parquet file went to that round trip and the garbage it left). `edgesTrimmed`: no value
 * starts or ends with whitespace (see edge-space.ts).
 */
export function textVector(values: ArrayLike<unknown>, rowCount = values.length): { vector: Vector; edgesTrimmed: boolean } {
  const built = buildText(values, rowCount, false);
  // Bytes that are not UTF-8 are decoded the way a string would have been: with U+FFFD for what is invalid.
  const valid = !built.copiedBytes || isValidUtf8(built.data);
  const { offsets, data, validity, nullCount, edgesTrimmed } = valid ? built : buildText(values, rowCount, true);
  return { vector: makeVector(makeData({ type: new Utf8(), length: rowCount, nullCount, nullBitmap: validity, valueOffsets: offsets, data })), edgesTrimmed };
}

/** The buffers of a Utf8 vector (as textVector builds them), and whether a row holds a value (is not NULL). */
export function textBuffers(vector: Vector): { rowCount: number; offsets: Int32Array; bytes: Uint8Array; hasValue: (row: number) => boolean } | null {
  const [data] = vector.data;
  if (!data) return null;
  return { rowCount: data.length, offsets: data.valueOffsets as Int32Array, bytes: data.values as Uint8Array, hasValue: hasValueAt(data) };
}

function buildText(values: ArrayLike<unknown>, rowCount: number, decodeBytes: boolean) {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const offsets = new Int32Array(rowCount + 1);
  const validity = new Uint8Array((rowCount + 7) >> 3);
  let data = new Uint8Array(Math.max(1024, rowCount * 8));
  let length = 0;
  let nullCount = 0;
  let copiedBytes = false;
  let edgesTrimmed = true;
  const reserve = (bytes: number) => {
    if (length + bytes <= data.length) return;
    const grown = new Uint8Array(Math.max(data.length * 2, length + bytes));
    grown.set(data.subarray(0, length));
    data = grown;
  };
  const writeString = (text: string) => {
    reserve(text.length * 3);
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code >= 0x80) {
        length += encoder.encodeInto(text.slice(index), data.subarray(length)).written;
        return;
      }
      data[length++] = code;
    }
  };
  for (let row = 0; row < rowCount; row++) {
    const value = values[row];
    const start = length;
    let written = true;
    if (value instanceof Uint8Array && !decodeBytes) {
      // A leading BOM is dropped, as TextDecoder would.
      const skip = value[0] === 0xef && value[1] === 0xbb && value[2] === 0xbf ? 3 : 0;
      if (value.length <= skip) written = false;
      else {
        reserve(value.length - skip);
        // Most values are a few bytes, for which a loop beats set().
        if (value.length < 32) for (let index = skip; index < value.length; index++) data[length++] = value[index]!;
        else {
          data.set(skip === 0 ? value : value.subarray(skip), length);
          length += value.length - skip;
        }
        copiedBytes = true;
      }
    } else if (typeof value === "number") {
      writeString(numberToString(value));
    } else {
      const text = value instanceof Uint8Array ? decoder.decode(value) : toRawString(value);
      if (text === null || text === "") written = false;
      else writeString(text);
    }
    if (written) {
      validity[row >> 3]! |= 1 << (row & 7);
      const first = data[start]!;
      const last = data[length - 1]!;
      // Printable ASCII at both ends settles it without the full test.
      if (edgesTrimmed && !(first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80) && hasSpaceAtEdge(data, start, length)) edgesTrimmed = false;
    } else nullCount++;
    offsets[row + 1] = length;
  }
  return { offsets, data: data.subarray(0, length), validity, nullCount, copiedBytes, edgesTrimmed };
}
