import { describe, expect, it } from "vitest";
import { detectFileKind } from "../../../src/ingest/read/detect-file-kind";

const text = (value: string) => new TextEncoder().encode(value);

describe("detectFileKind", () => {
  it("goes by extension", () => {
    expect(["a.CSV", "a.tsv", "a.txt", "a.xlsx", "a.parquet", "a.json", "a.ndjson", "a.jsonl"].map((name) => detectFileKind(name, text("x")))).toEqual([
      "delimited",
      "delimited",
      "delimited",
      "xlsx",
      "parquet",
      "json",
      "ndjson",
      "ndjson",
    ]);
  });

  it("trusts binary signatures over the name, and a leading [ or { for unknown names", () => {
    expect(detectFileKind("export", Uint8Array.of(0x50, 0x4b, 0x03, 0x04))).toBe("xlsx");
    expect(detectFileKind("data.csv", text("PAR1...."))).toBe("parquet");
    expect(detectFileKind("download", text('\ufeff  [{"id": 1}]'))).toBe("json");
    expect(detectFileKind("download", text("id,amount\n"))).toBe("delimited");
  });

  it("refuses old .xls and compressed files with advice", () => {
    expect(() => detectFileKind("orders.xls", Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0))).toThrow("orders.xls: old Excel .xls files cannot be read; save it as .xlsx or CSV first");
    expect(() => detectFileKind("orders.csv.gz", Uint8Array.of(0x1f, 0x8b, 8))).toThrow("orders.csv.gz: compressed files cannot be read; unpack it and load the file inside");
    expect(() => detectFileKind("orders.zip", Uint8Array.of(0x50, 0x4b, 0x03, 0x04))).toThrow("orders.zip: compressed files cannot be read; unpack it and load the file inside");
  });
});
