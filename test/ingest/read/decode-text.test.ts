import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/ingest/read/decode-text";
import { encodeLegacy } from "../../helpers/legacy-encoding";

const utf8 = (text: string) => new TextEncoder().encode(text);
const asText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("decodeText", () => {
  it("keeps the caller's bytes for UTF-8 (no copy, no re-encoding)", () => {
    const bytes = utf8("客户编号,金额\nC1,12.5\n");
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.bytes).toBe(bytes);
  });

  it("finds a byte that is not UTF-8 after a long ASCII stretch, at any alignment", () => {
    const ascii = "customer_id,amount\n".repeat(400);
    for (const offset of [0, 1, 2, 3]) {
      for (const tail of [Uint8Array.of(0xe9), Uint8Array.of(0x41, 0x42, 0xe9, 0x0a), Uint8Array.of(0xc3)]) {
        const buffer = new Uint8Array(offset + ascii.length + tail.length);
        buffer.set(utf8(ascii), offset);
        buffer.set(tail, offset + ascii.length);
        expect(decodeText(buffer.subarray(offset)).encoding, `offset ${offset}, tail ${tail.join(" ")}`).not.toBe("utf-8");
      }
      const valid = new Uint8Array(offset + ascii.length + 7);
      valid.set(utf8(`${ascii}Zürich`), offset);
      expect(decodeText(valid.subarray(offset)).encoding).toBe("utf-8");
    }
    // A non-ASCII byte inside the unaligned head, before the first whole word.
    const head = new Uint8Array(1 + 3 + ascii.length);
    head.set(Uint8Array.of(0x41, 0xe9, 0x42), 1);
    head.set(utf8(ascii), 4);
    expect(decodeText(head.subarray(1)).encoding).not.toBe("utf-8");
  });

  it("strips a UTF-8 BOM by a view on the same buffer", () => {
    const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8("id\n1\n"));
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ encoding: "utf-8" });
    expect(decoded.bytes.buffer).toBe(bytes.buffer);
    expect(asText(decoded.bytes)).toBe("id\n1\n");
  });

  it("decodes UTF-16 with a BOM, little- and big-endian", () => {
    const text = "名前;Zürich\n";
    const le = Uint8Array.of(0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]));
    const be = Uint8Array.of(0xfe, 0xff, ...[...text].flatMap((char) => [char.charCodeAt(0) >> 8, char.charCodeAt(0) & 0xff]));
    expect({ ...decodeText(le), bytes: asText(decodeText(le).bytes) }).toEqual({ encoding: "utf-16le", bytes: text });
    expect({ ...decodeText(be), bytes: asText(decodeText(be).bytes) }).toEqual({ encoding: "utf-16be", bytes: text });
  });

  it("tells GBK (simplified) from Big5 (traditional) Chinese", () => {
    const simplified = "客户编号,订单日期,金额\nC001,2024-03-05,120.50\nC002,2024-03-06,88\n";
    const traditional = "客戶編號,訂單日期,金額\nC001,2024-03-05,120.50\nC002,2024-03-06,88\n";
    const gbk = decodeText(encodeLegacy(simplified, "gbk"));
    const big5 = decodeText(encodeLegacy(traditional, "big5"));
    expect([gbk.encoding, asText(gbk.bytes)]).toEqual(["gb18030", simplified]);
    expect([big5.encoding, asText(big5.bytes)]).toEqual(["big5", traditional]);
  });

  it("falls back to windows-1252 for Western text that is not UTF-8", () => {
    // "Müller;Café;€5" in windows-1252: ü = FC, é = E9, € = 80.
    const bytes = Uint8Array.of(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x35);
    const decoded = decodeText(bytes);
    expect([decoded.encoding, asText(decoded.bytes)]).toEqual(["windows-1252", "Müller;Café;€5"]);
  });

  it("recognises Mac Roman, where accented letters sit at 0x80–0x9F", () => {
    // "Französisch,Häberlin" from an Excel for Mac CSV: ö = 9A, ä = 8A.
    const bytes = Uint8Array.of(...utf8("Franz"), 0x9a, ...utf8("sisch,H"), 0x8a, ...utf8("berlin"));
    const decoded = decodeText(bytes);
    expect([decoded.encoding, asText(decoded.bytes)]).toEqual(["macintosh", "Französisch,Häberlin"]);
  });

  it("follows an explicit encoding label", () => {
    const big5Bytes = encodeLegacy("客戶編號", "big5");
    expect(asText(decodeText(big5Bytes, "big5").bytes)).toBe("客戶編號");
    expect(decodeText(Uint8Array.of(0x41, 0xe9), "latin1")).toEqual({ encoding: "windows-1252", bytes: utf8("Aé") });
    const gbkBytes = encodeLegacy("客户", "gbk");
    expect(decodeText(gbkBytes, "gbk")).toEqual({ encoding: "gbk", bytes: utf8("客户") });
    const plain = utf8("a,b");
    expect(decodeText(plain, "utf-8").bytes).toBe(plain);
  });
});
