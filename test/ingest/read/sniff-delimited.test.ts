import { describe, expect, it } from "vitest";
import { sniffDelimited } from "../../../src/ingest/read/sniff-delimited";
import { splitRecords } from "../../../src/ingest/read/split-records";

describe("splitRecords", () => {
  it("keeps delimiters and line breaks inside quotes, and reads doubled quotes as one", () => {
    const text = 'id,note\r\n1,"a, b"\r\n2,"line one\nline two"\r\n3,"say ""hi"""\r\n';
    expect(splitRecords(text, ",")).toEqual([
      { fields: ["id", "note"], line: 0 },
      { fields: ["1", "a, b"], line: 1 },
      { fields: ["2", "line one\nline two"], line: 2 },
      { fields: ["3", 'say "hi"'], line: 4 },
    ]);
  });

  it("treats CR alone as a line break and skips blank lines", () => {
    expect(splitRecords("a;b\r\r1;2\r", ";")).toEqual([
      { fields: ["a", "b"], line: 0 },
      { fields: ["1", "2"], line: 2 },
    ]);
  });
});

describe("sniffDelimited", () => {
  it.each([
    [",", "customer,date,amount\nC1,2024-01-05,10\nC2,2024-01-06,20\n"],
    [";", "customer;date;amount\nC1;05.01.2024;10,50\nC2;06.01.2024;20,00\n"],
    ["\t", "customer\tdate\tamount\nC1\t2024-01-05\t10\nC2, Ltd\t2024-01-06\t20\n"],
    ["|", "customer|date|amount\nC1|2024-01-05|10\nC2|2024-01-06|20\n"],
  ])("finds the delimiter %j by consistent field counts", (delimiter, text) => {
    expect(sniffDelimited(text)).toEqual({ delimiter, lineEnding: "LF", header: true, skipLines: 0, headerNames: ["customer", "date", "amount"] });
  });

  it("is not fooled by commas inside quoted fields", () => {
    const text = 'name;city;amount\n"Smith, John";"Paris, FR";1\n"Doe, Jane";"Rome, IT";2\n';
    expect(sniffDelimited(text).delimiter).toBe(";");
  });

  it("reads whitespace-aligned columns without a header (CDNOW_sample layout)", () => {
    const text = " 00004 00001 19970101  2   29.33\r\n 00004 00001 19970118  2   29.73\r\n 00021 00002 19970101  3   63.34\r\n";
    expect(sniffDelimited(text)).toEqual({ delimiter: "whitespace", lineEnding: "CRLF", header: false, skipLines: 0, headerNames: [null, null, null, null, null] });
  });

  it("reads a whitespace header (CDNOW_master layout)", () => {
    const text = " customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n";
    expect(sniffDelimited(text)).toMatchObject({ delimiter: "whitespace", header: true, headerNames: ["customer_id", "date", "number_of_cds", "dollar_value"] });
  });

  it.each([
    ["LF", "a,b\n1,2\n"],
    ["CRLF", "a,b\r\n1,2\r\n"],
    ["CR", "a,b\r1,2\r"],
  ])("detects %s line endings", (lineEnding, text) => {
    expect(sniffDelimited(text).lineEnding).toBe(lineEnding);
  });

  it("sees a first row of numbers and dates as data, and text above numbers as a header", () => {
    expect(sniffDelimited("00042,2024-03-05,12.50\n00043,2024-03-06,8\n").header).toBe(false);
    expect(sniffDelimited("id,amount\n00042,12.50\n").header).toBe(true);
    // The same kinds of value as the rows below (text, number) → data.
    expect(sniffDelimited("Alice,42\nBob,43\nCarol,44\n").header).toBe(false);
    expect(sniffDelimited("name,city\nAlice,Paris\nBob,Rome\n").header).toBe(true);
    expect(sniffDelimited("客户编号,金额\nC1,12.5\n").header).toBe(true);
  });

  it("skips blank lines and a title line before the table", () => {
    const text = "Sales export 2024\n\norder,amount\nA1,5\nA2,6\n";
    expect(sniffDelimited(text)).toMatchObject({ delimiter: ",", header: true, skipLines: 2, headerNames: ["order", "amount"] });
  });

  it("makes room for rows wider than the header", () => {
    expect(sniffDelimited("a,b\n1,2\n3,4,5\n").headerNames).toEqual(["a", "b", null]);
  });

  it("follows explicit delimiter and header overrides", () => {
    expect(sniffDelimited("a;b\n1;2\n", { delimiter: ",", header: false })).toMatchObject({ delimiter: ",", header: false, headerNames: [null] });
    expect(sniffDelimited("1,2\n3,4\n", { header: true }).headerNames).toEqual(["1", "2"]);
  });

  it("falls back to one comma-separated column when nothing splits", () => {
    expect(sniffDelimited("name\nAlice\nBob\n")).toMatchObject({ delimiter: ",", header: true, headerNames: ["name"] });
  });
});
