import { describe, expect, it } from "vitest";
import { textVector } from "../../../src/ingest/read/text-vector";

const utf8 = (text: string) => new TextEncoder().encode(text);
const texts = (values: unknown[]) => textVector(values).vector.toArray() as (string | null)[];

describe("textVector", () => {
  it("writes strings, numbers, bigints, booleans and dates as toRawString renders them; empty and missing as NULL", () => {
    const values = ["plain", "客户 7", "naïve", "🙂x", 12.5, 0.1 + 0.2, 17850, -3, 1e21, 123456.78901234567, 12345678901234567n, true, new Date(Date.UTC(2024, 2, 5)), "", null, undefined];
    expect(texts(values)).toEqual(["plain", "客户 7", "naïve", "🙂x", "12.5", "0.3", "17850", "-3", "1e+21", "123456.789012346", "12345678901234567", "true", "2024-03-05", null, null, null]);
  });

  it("copies UTF-8 bytes as they are, drops a leading BOM as a decoder would, and reads no bytes as NULL", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("A1")]);
    expect(texts([utf8("C0042"), utf8("上海"), bom, new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf])])).toEqual(["C0042", "上海", "A1", null, null]);
  });

  it("decodes bytes that are not UTF-8 with U+FFFD, the way a string would have been decoded", () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]); // "café" in Latin-1
    expect(texts([utf8("ok"), latin1])).toEqual(["ok", "caf\uFFFD"]);
  });

  it("tells whether any value starts or ends with whitespace", () => {
    const trimmed = (values: unknown[]) => textVector(values).edgesTrimmed;
    expect(trimmed(["a b", "中 文", utf8("x y"), 12.5, null, ""])).toBe(true);
    for (const edge of [" ", "\t", "\n", "\r", "\u00A0", "\u3000", "\uFEFF"]) {
      expect(trimmed(["fine", `${edge}x`]), JSON.stringify(edge)).toBe(false);
      expect(trimmed(["fine", `x${edge}`]), JSON.stringify(edge)).toBe(false);
      expect(trimmed(["fine", utf8(`x${edge}`)]), JSON.stringify(edge)).toBe(false);
    }
    // A leading BOM in bytes is dropped before the test, as in the stored value.
    expect(trimmed([new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("A1")])])).toBe(true);
  });
});
