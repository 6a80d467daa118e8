import { describe, expect, it } from "vitest";
import { ident } from "../../../src/engine/sql";
import { loadRawTable, type ReadOptions } from "../../../src/ingest/read/load-raw-table";
import { testDatabase } from "../../helpers/db";
import { encodeLegacy } from "../../helpers/legacy-encoding";

let tables = 0;

/** Loads bytes as `fileName` and returns the RawTable plus all its rows in file order. */
async function load(fileName: string, content: string | Uint8Array, options: ReadOptions = {}) {
  const db = await testDatabase();
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const raw = await loadRawTable(db, `delimited_${++tables}`, { fileName, bytes }, options);
  const rows = await db.query(`SELECT * FROM ${ident(raw.table)} ORDER BY __row`);
  return { raw, rows };
}

describe("loadRawTable: delimited text", () => {
  it("loads a UTF-8 CSV with a BOM and CRLF line endings; ids keep their zeros", async () => {
    const { raw, rows } = await load("orders.csv", "\ufeffcustomer_id,amount\r\n00042,12.50\r\n00043,\r\n");
    expect(raw).toMatchObject({ columns: ["customer_id", "amount"], rowCount: 2 });
    expect(raw.format).toEqual({ kind: "delimited", encoding: "utf-8", delimiter: ",", header: true, lineEnding: "CRLF" });
    expect(rows).toEqual([
      { __row: 1, customer_id: "00042", amount: "12.50" },
      { __row: 2, customer_id: "00043", amount: null },
    ]);
  });

  it("loads CR-only line endings", async () => {
    const { raw, rows } = await load("mac.csv", "id,name\r1,Ann\r2,Bob\r");
    expect(raw.format.lineEnding).toBe("CR");
    expect(rows).toEqual([
      { __row: 1, id: "1", name: "Ann" },
      { __row: 2, id: "2", name: "Bob" },
    ]);
  });

  it.each([
    ["semicolon", "kunde;datum;betrag\nK1;05.03.2024;12,50\nK2;06.03.2024;8,00\n", ";"],
    ["tab", "kunde\tdatum\tbetrag\nK1\t05.03.2024\t12,50\nK2\t06.03.2024\t8,00\n", "\t"],
    ["pipe", "kunde|datum|betrag\nK1|05.03.2024|12,50\nK2|06.03.2024|8,00\n", "|"],
  ])("loads %s-separated text", async (_name, text, delimiter) => {
    const { raw, rows } = await load("export.txt", text);
    expect(raw.format.delimiter).toBe(delimiter);
    expect(rows).toEqual([
      { __row: 1, kunde: "K1", datum: "05.03.2024", betrag: "12,50" },
      { __row: 2, kunde: "K2", datum: "06.03.2024", betrag: "8,00" },
    ]);
  });

  it("keeps delimiters, quotes and line breaks inside quoted fields", async () => {
    const text = 'id,product,note\n1,"Mug, blue","say ""hi"""\n2,Plate,"two\nlines"\n3,Cup,plain\n';
    const { rows } = await load("quoted.csv", text);
    expect(rows).toEqual([
      { __row: 1, id: "1", product: "Mug, blue", note: 'say "hi"' },
      { __row: 2, id: "2", product: "Plate", note: "two\nlines" },
      { __row: 3, id: "3", product: "Cup", note: "plain" },
    ]);
  });

  it("loads ragged rows: short rows padded with NULL, a stray quote inside a field kept", async () => {
    const { rows } = await load("ragged.csv", 'id,size,note\n1,5 inch,ok\n2,7" screen\n3\n');
    expect(rows).toEqual([
      { __row: 1, id: "1", size: "5 inch", note: "ok" },
      { __row: 2, id: "2", size: '7" screen', note: null },
      { __row: 3, id: "3", size: null, note: null },
    ]);
  });

  it("names blank and repeated headers, and skips a title line", async () => {
    const { raw, rows } = await load("report.csv", "Orders report\n\nid,,id,Amount,amount\n1,x,2,3,4\n");
    expect(raw.columns).toEqual(["id", "column_2", "id_2", "Amount", "amount_2"]);
    expect(rows).toEqual([{ __row: 1, id: "1", column_2: "x", id_2: "2", Amount: "3", amount_2: "4" }]);
  });

  it("decodes GBK and Big5 files with Chinese headers", async () => {
    const gbk = await load("订单.csv", encodeLegacy("客户编号,订单日期,金额\nC001,2024年3月5日,120.50\n", "gbk"));
    expect(gbk.raw.format.encoding).toBe("gb18030");
    expect(gbk.rows).toEqual([{ __row: 1, 客户编号: "C001", 订单日期: "2024年3月5日", 金额: "120.50" }]);

    const big5 = await load("訂單.csv", encodeLegacy("客戶編號,訂單日期,金額\nC001,2024年3月5日,120.50\n", "big5"));
    expect(big5.raw.format.encoding).toBe("big5");
    expect(big5.rows).toEqual([{ __row: 1, 客戶編號: "C001", 訂單日期: "2024年3月5日", 金額: "120.50" }]);
  });

  it("decodes Latin-1 (windows-1252) text", async () => {
    // "Kunde;Betrag\nMüller;€5\n" in windows-1252.
    const bytes = Uint8Array.of(...new TextEncoder().encode("Kunde;Betrag\nM"), 0xfc, ...new TextEncoder().encode("ller;"), 0x80, 0x35, 0x0a);
    const { raw, rows } = await load("kunden.csv", bytes);
    expect(raw.format.encoding).toBe("windows-1252");
    expect(rows).toEqual([{ __row: 1, Kunde: "Müller", Betrag: "€5" }]);
  });

  it("follows explicit header, delimiter and encoding options", async () => {
    const noHeader = await load("plain.csv", "id,name\n1,Ann\n", { header: false });
    expect(noHeader.rows).toEqual([
      { __row: 1, column_1: "id", column_2: "name" },
      { __row: 2, column_1: "1", column_2: "Ann" },
    ]);
    const semicolonAsData = await load("one-column.csv", "a;b\n1;2\n", { delimiter: "," });
    expect(semicolonAsData.rows).toEqual([{ __row: 1, "a;b": "1;2" }]);
    const latin1 = await load("x.csv", Uint8Array.of(0x6e, 0x0a, 0xe9, 0x0a), { encoding: "latin1" });
    expect(latin1.rows).toEqual([{ __row: 1, n: "é" }]);
  });

  it("loads a header-only file as an empty table", async () => {
    const { raw, rows } = await load("empty.csv", "customer_id,amount\n");
    expect(raw).toMatchObject({ columns: ["customer_id", "amount"], rowCount: 0 });
    expect(rows).toEqual([]);
  });

  it("refuses empty files and unknown options with messages naming the file", async () => {
    await expect(load("nothing.csv", "")).rejects.toThrow("nothing.csv: the file is empty");
    await expect(load("blank.csv", " \n\n")).rejects.toThrow("blank.csv: the file is empty");
    await expect(load("x.csv", "a\n1\n", { encoding: "klingon" })).rejects.toThrow('x.csv: "klingon" is not a text encoding this browser knows; try utf-8, gbk, big5 or latin1');
    await expect(load("x.csv", "a\n1\n", { delimiter: "::" })).rejects.toThrow('x.csv: the delimiter must be one character or "whitespace", not "::"');
  });
});
