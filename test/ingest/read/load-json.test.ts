import { describe, expect, it } from "vitest";
import { ident } from "../../../src/engine/sql";
import { loadRawTable } from "../../../src/ingest/read/load-raw-table";
import { testDatabase } from "../../helpers/db";

let tables = 0;

async function load(fileName: string, text: string) {
  const db = await testDatabase();
  const raw = await loadRawTable(db, `json_${++tables}`, { fileName, bytes: new TextEncoder().encode(text) });
  return { raw, rows: await db.query(`SELECT * FROM ${ident(raw.table)} ORDER BY __row`) };
}

describe("loadRawTable: JSON", () => {
  it("reads an array of objects: union of keys in first-seen order, nested values as JSON text", async () => {
    const text = JSON.stringify([
      { customer_id: "00042", amount: 12.5, paid: true },
      { customer_id: "00043", items: [{ sku: "A1" }], amount: 17850 },
      { note: "", amount: null },
    ]);
    const { raw, rows } = await load("orders.json", text);
    expect(raw).toMatchObject({ columns: ["customer_id", "amount", "paid", "items", "note"], rowCount: 3, format: { kind: "json", encoding: "utf-8" } });
    expect(rows).toEqual([
      { __row: 1, customer_id: "00042", amount: "12.5", paid: "true", items: null, note: null },
      { __row: 2, customer_id: "00043", amount: "17850", paid: null, items: '[{"sku":"A1"}]', note: null },
      { __row: 3, customer_id: null, amount: null, paid: null, items: null, note: null },
    ]);
  });

  it("reads an object holding one array of records", async () => {
    const { rows } = await load("export.json", '{"exported": "2024-03-05", "orders": [{"id": 1}, {"id": 2}]}');
    expect(rows).toEqual([
      { __row: 1, id: "1" },
      { __row: 2, id: "2" },
    ]);
  });

  it("reads NDJSON / JSON Lines, skipping blank lines, also when named .json", async () => {
    const text = '{"客户编号": "C1", "金额": 5}\r\n\r\n{"客户编号": "C2", "金额": 7.25}\n';
    for (const fileName of ["orders.ndjson", "orders.jsonl", "orders.json"]) {
      const { rows } = await load(fileName, text);
      expect(rows).toEqual([
        { __row: 1, 客户编号: "C1", 金额: "5" },
        { __row: 2, 客户编号: "C2", 金额: "7.25" },
      ]);
    }
  });

  it("names the file and the line of malformed JSON", async () => {
    const lines = Array.from({ length: 16 }, (_, index) => JSON.stringify({ id: index + 1 }));
    await expect(load("a.jsonl", [...lines, '{"id": 17,}'].join("\n"))).rejects.toThrow(/^a\.jsonl: line 17 is not valid JSON: /);
    await expect(load("b.json", '[{"id": 1},\n{"id": 2,}\n]')).rejects.toThrow(/^b\.json: the file is not valid JSON \(line 2\): /);
    await expect(load("c.json", '{"a": [1], "b": [2]}')).rejects.toThrow("c.json: expected an array of objects, or an object with one array of objects");
    await expect(load("d.json", "[1, 2]")).rejects.toThrow("d.json: item 1 of the array is not an object with named fields");
    await expect(load("e.ndjson", '{"id": 1}\n[2]\n')).rejects.toThrow("e.ndjson: line 2 is not a JSON object");
    await expect(load("f.json", '{"orders": []}')).rejects.toThrow("f.json: the file holds no records");
  });
});
