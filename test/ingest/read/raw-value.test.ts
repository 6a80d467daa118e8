import { describe, expect, it } from "vitest";
import { toRawString } from "../../../src/ingest/read/raw-value";

describe("toRawString", () => {
  it("writes values as a CSV of them would hold them", () => {
    expect([17850, 12.5, 0.1 + 0.2, 1.1000000000000001, -3, 12345678901234567n, true, "", null, undefined, "00042"].map(toRawString)).toEqual([
      "17850",
      "12.5",
      "0.3",
      "1.1",
      "-3",
      "12345678901234567",
      "true",
      null,
      null,
      null,
      "00042",
    ]);
  });

  it("writes dates as ISO, with the time only when there is one", () => {
    expect(toRawString(new Date(Date.UTC(2024, 2, 5)))).toBe("2024-03-05");
    expect(toRawString(new Date(Date.UTC(2024, 2, 5, 14, 30, 5)))).toBe("2024-03-05 14:30:05");
    expect(toRawString(new Date(Date.UTC(2024, 2, 5, 14, 30, 5, 250)))).toBe("2024-03-05 14:30:05.250");
    expect(toRawString(new Date(Number.NaN))).toBeNull();
  });

  it("writes nested values as JSON text", () => {
    expect(toRawString({ sku: "A1", tags: ["x"], big: 2n })).toBe('{"sku":"A1","tags":["x"],"big":"2"}');
  });
});
