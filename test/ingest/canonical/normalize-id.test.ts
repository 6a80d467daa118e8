import { describe, expect, it } from "vitest";
import { literal } from "../../../src/engine/sql";
import { idRepairedSql, normalizeIdSql } from "../../../src/ingest/canonical/normalize-id";
import { testDatabase } from "../../helpers/db";

// input, normalized id, repaired (changed beyond trimming)
const CASES: [string | null, string | null, boolean | null][] = [
  ["00042", "00042", false],
  [" 17850.0 ", "17850", true],
  ["17850.00", "17850", true],
  ["17850.5", "17850.5", false],
  ["A-001", "A-001", false],
  ["\u3000客户 7\t", "客户 7", false],
  ["", null, false],
  ["   ", null, false],
  ["nan", null, false],
  ["N/A", null, false],
  ["NULL", null, false],
  [null, null, null],
];

describe("normalizeIdSql", () => {
  it("trims, keeps leading zeros, repairs float-exported ids and treats missing markers as missing", async () => {
    const db = await testDatabase();
    const values = CASES.map(([input], index) => `(${index}, ${literal(input)})`).join(", ");
    const rows = await db.query(`SELECT v, ${normalizeIdSql("v")} AS id, ${idRepairedSql("v")} AS repaired
      FROM (SELECT id, v::VARCHAR AS v FROM (VALUES ${values}) t(id, v)) ORDER BY id`);
    expect(rows).toEqual(CASES.map(([v, id, repaired]) => ({ v, id, repaired })));
  });
});
