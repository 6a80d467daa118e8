const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/**
 * Rewrites whitespace-separated UTF-8 text (runs of spaces / tabs, leading and trailing blanks) as
 * tab-separated LF lines, one output line per input line so line numbers stay the same. Works on the
 * bytes (blanks and line breaks are ASCII) so a large file needs no decoding.
 */
export function whitespaceToTabs(utf8: Uint8Array): Uint8Array {
  const out = new Uint8Array(utf8.length);
  let length = 0;
  let lineHasField = false;
  let blankAfterField = false;
  for (let i = 0; i < utf8.length; i++) {
    const byte = utf8[i] as number;
    if (byte === SPACE || byte === TAB) {
      blankAfterField = lineHasField;
    } else if (byte === LF || byte === CR) {
      if (byte === CR && utf8[i + 1] === LF) i++;
      out[length++] = LF;
      lineHasField = false;
      blankAfterField = false;
    } else {
      if (blankAfterField) out[length++] = TAB;
      out[length++] = byte;
      lineHasField = true;
      blankAfterField = false;
    }
  }
  return out.subarray(0, length);
}
