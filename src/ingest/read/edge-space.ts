// What trimSql (src/ingest/canonical/trim-sql.ts) removes, tested on UTF-8 bytes: a value with none of it at
// either edge needs no trimming. Deliberately a little wider than the regex (vertical tab too): saying
// "trimmed" must never be wrong, while saying "not trimmed" only costs the regexes.

const isAsciiSpace = (byte: number) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);

/** Whether bytes[start, end) (not empty) starts or ends with whitespace: ASCII (tab, line breaks, space), or U+00A0, U+3000, U+FEFF in UTF-8. */
export function hasSpaceAtEdge(bytes: Uint8Array, start: number, end: number): boolean {
  const first = bytes[start]!;
  const last = bytes[end - 1]!;
  if (isAsciiSpace(first) || isAsciiSpace(last)) return true;
  if (first < 0x80 && last < 0x80) return false;
  const at = (offset: number) => bytes[offset];
  return (
    (first === 0xc2 && at(start + 1) === 0xa0) ||
    (first === 0xe3 && at(start + 1) === 0x80 && at(start + 2) === 0x80) ||
    (first === 0xef && at(start + 1) === 0xbb && at(start + 2) === 0xbf) ||
    (last === 0xa0 && end - start >= 2 && at(end - 2) === 0xc2) ||
    (last === 0x80 && end - start >= 3 && at(end - 2) === 0x80 && at(end - 3) === 0xe3) ||
    (last === 0xbf && end - start >= 3 && at(end - 2) === 0xbb && at(end - 3) === 0xef)
  );
}

