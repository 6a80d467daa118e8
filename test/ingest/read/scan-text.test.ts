import { describe, expect, it } from "vitest";
import { ident } from "../../../src/engine/sql";
import { loadRawTable } from "../../../src/ingest/read/load-raw-table";
import { scanDelimitedText } from "../../../src/ingest/read/scan-text";
import { idRepairedSql, normalizeIdSql, plainIdRepairedSql, plainIdSql } from "../../../src/ingest/canonical/normalize-id";
import { parseAmountSql, parsePlainNumberSql } from "../../../src/ingest/canonical/parse-amount";
import { hasTimeSql, isoDateHasTimeSql, parseDateSql, parseIsoDateSql } from "../../../src/ingest/canonical/parse-date";
import { testDatabase } from "../../helpers/db";

const utf8 = (text: string) => new TextEncoder().encode(text);
const comma = { delimiter: ",", header: true, skipLines: 0, columnCount: 3 };

describe("scanDelimitedText", () => {
  it("lists the rows that repeat an earlier one, counting an empty and a missing last field alike", () => {
    const text = "id,day,amount\r\nA,1,5\r\nB,1,5\r\nA,1,5\r\nA,1\r\nA,1,\r\nB,1,5";
    expect(scanDelimitedText(utf8(text), comma)).toMatchObject({ fieldEdgesTrimmed: true, repeatedRows: [3, 5, 6] });
  });

  it("notices whitespace at a field's edge, also no-break and ideographic spaces", () => {
    expect(scanDelimitedText(utf8("id,day,amount\nA,1 ,5\n"), comma).fieldEdgesTrimmed).toBe(false);
    expect(scanDelimitedText(utf8("id,day,amount\nA,1,\t5\n"), comma).fieldEdgesTrimmed).toBe(false);
    for (const space of ["\u00a0", "\u3000", "\ufeff"]) {
      for (const row of [`${space}A,1,5`, `A${space},1,5`, `A,1,${space}5`, `A,1,5${space}`]) {
        expect(scanDelimitedText(utf8(`id,day,amount\n${row}\n`), comma).fieldEdgesTrimmed, JSON.stringify(row)).toBe(false);
      }
      // Inside a value it is no edge.
      expect(scanDelimitedText(utf8(`id,day,amount\nA${space}B,1,5\n`), comma).fieldEdgesTrimmed).toBe(true);
    }
    // Other characters whose UTF-8 shares a lead or last byte with them.
    expect(scanDelimitedText(utf8("id,day,amount\n\u00e9A,\u3001,5\u00e0\n"), comma).fieldEdgesTrimmed).toBe(true);
    expect(scanDelimitedText(utf8("id,day,amount\nA B,1,5\n"), { ...comma }).fieldEdgesTrimmed).toBe(true);
    // A tab inside a tab-separated file is the delimiter, not whitespace.
    expect(scanDelimitedText(utf8("id\tday\tamount\nA\t1\t5\n"), { ...comma, delimiter: "\t" }).fieldEdgesTrimmed).toBe(true);
  });

  it("gives up where the bytes cannot tell: quotes, blank lines, rows longer than the header", () => {
    const unknown = { fieldEdgesTrimmed: false, repeatedRows: null };
    expect(scanDelimitedText(utf8('id,day,amount\n"A,1",1,5\n'), comma)).toEqual(unknown);
    expect(scanDelimitedText(utf8("id,day,amount\nA,1,5\n\nB,1,5\n"), comma)).toEqual(unknown);
    expect(scanDelimitedText(utf8("id,day,amount\nA,1,5,9\n"), comma)).toEqual(unknown);
    expect(scanDelimitedText(utf8("id day amount\nA 1 5\n"), { ...comma, delimiter: "whitespace" })).toEqual(unknown);
  });

  it("skips the title lines and the header as read_csv does", () => {
    const text = "Sales report\nid,day,amount\nA,1,5\nA,1,5\n";
    expect(scanDelimitedText(utf8(text), { ...comma, skipLines: 1 })).toMatchObject({ fieldEdgesTrimmed: true, repeatedRows: [2] });
    expect(scanDelimitedText(utf8("A,1,5\nA,1,5\n"), { ...comma, header: false })).toMatchObject({ fieldEdgesTrimmed: true, repeatedRows: [2] });
  });

  it("tells what every value of each column is like, empty fields aside", () => {
    const text = "day,amount,id,when,code\n2024-03-05,12.50,C1,2024-03-05 10:00,NA\n2024-02-30,-3,17850,,x\n,,,2024-3-5,y\n";
    const shapes = scanDelimitedText(utf8(text), { ...comma, columnCount: 5 }).columnShapes;
    expect(shapes).toEqual([
      { isoDate: true, plainNumber: false, plainId: true },
      { isoDate: false, plainNumber: true, plainId: true },
      { isoDate: false, plainNumber: false, plainId: true },
      { isoDate: false, plainNumber: false, plainId: true },
      { isoDate: false, plainNumber: false, plainId: false },
    ]);
    const one = (value: string) => scanDelimitedText(utf8(`v\n${value}\n`), { ...comma, columnCount: 1 }).columnShapes?.[0];
    for (const value of ["1e5", "+5", "5.", ".5", "1 5", "١٢", "1234567890123456789"]) expect(one(value)?.plainNumber, value).toBe(false);
    for (const value of ["0", "-0", "007", "-12.345", "123456789012345678"]) expect(one(value)?.plainNumber, value).toBe(true);
    for (const value of ["na", "NA", "N/A", "#n/a", "NaN", "None", "NULL", "17850.0", "1.00"]) expect(one(value)?.plainId, value).toBe(false);
    for (const value of ["nan1", "nul", "n/a/", "17850.05", ".0", "1.", "Nona"]) expect(one(value)?.plainId, value).toBe(true);
    for (const value of ["2024-3-05", "2024/03/05", "2024-03-05T10:00:00", "２０２４-03-05", "20240305"]) expect(one(value)?.isoDate, value).toBe(false);
  });

  it("agrees with DuckDB on blank and title lines before the table, in every line ending", async () => {
    const db = await testDatabase();
    const texts = [
      "\n\nSales report\nid,day,amount\nA,1,5\nB,1,5\nA,1,5\n",
      "\r\n\r\nSales report 2024\r\n\r\nid,day,amount\r\nA,1,5\r\nA,1,5\r\nB,2,5\r\n",
      "Report\r\rid;day;amount\rA;1;5\rA;1;5\r",
      "Title line,,\nid,day,amount\nA,1,5\nA,1,5\n",
    ];
    for (const [index, text] of texts.entries()) {
      const raw = await loadRawTable(db, `scan_title_${index}`, { fileName: "title.csv", bytes: utf8(text) });
      const repeats = await db.query<{ row: number }>(
        `SELECT __row AS row FROM ${ident(raw.table)} QUALIFY row_number() OVER (PARTITION BY ${raw.columns.map(ident).join(", ")} ORDER BY __row) > 1 ORDER BY __row`,
      );
      expect(raw.textScan?.repeatedRows, JSON.stringify(text)).toEqual(repeats.map((row) => row.row));
    }
  });

  it("agrees with DuckDB's own reading on random files (the repeats, whitespace at the edges, the columns' shapes)", async () => {
    const db = await testDatabase();
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const values = ["A", "B", "", "1", "1.0", " A", "A ", "x y", "é", "\u3000C", "B\u00a0", "\tD"];
    // Values of dates, amounts and ids, the accepted and the refused shapes, in columns of their own kind.
    const shaped = [
      ["2024-03-05", "2024-02-30", "0000-01-01", "2024-13-01", "2024-00-10", "1900-02-29", "9999-12-31", "2024-3-5", "05/03/2024", "2024-03-05 10:00:00", "2024-03-05T10:00", "2024-03-0５", ""],
      ["12.50", "-3", "0", "-0", "007", "-0.000", "123456789012345678", "1e5", "+5", "1.234,5", "(5)", ""],
      ["C1", "17850", "17850.0", "NA", "n/a", "none", "NULL", "nan1", "1.00", "x.0", ""],
    ];
    const shapesSeen = { isoDate: 0, plainNumber: 0, plainId: 0 };
    let answered = 0;
    for (let file = 0; file < 60; file++) {
      const delimiter = pick([",", ";", "\t", "|"]);
      const lineEnding = pick(["\n", "\r\n", "\r"]);
      const columnCount = 2 + Math.floor(random() * 3);
      // Each column draws from the general values or from some values of one kind: often only accepted ones
      // (the first two of each kind), else a random few, so each refused value is met alone too.
      const pools = Array.from({ length: columnCount }, () => {
        const kind = Math.floor(random() * (shaped.length + 1));
        const some = (list: string[]) => list.filter((_, at) => at < 2 || random() < 0.3);
        const pool = kind === shaped.length ? values : random() < 0.4 ? shaped[kind]!.slice(0, 2) : some(shaped[kind]!);
        return pool.filter((value) => !value.includes(delimiter));
      });
      const header = Array.from({ length: columnCount }, (_, column) => `col${column}`).join(delimiter);
      const lines = Array.from({ length: 3 + Math.floor(random() * 25) }, () => {
        const fields = Array.from({ length: random() < 0.2 ? 1 + Math.floor(random() * columnCount) : columnCount }, (_, column) => pick(pools[column]!));
        const line = fields.join(delimiter);
        return line === "" ? "A" : line;
      });
      const text = [header, ...lines].join(lineEnding) + (random() < 0.5 ? lineEnding : "");
      let raw;
      try {
        raw = await loadRawTable(db, `scan_${file}`, { fileName: `scan-${file}.csv`, bytes: utf8(text) });
      } catch {
        continue;
      }
      const scan = raw.textScan;
      expect(scan, text).toBeDefined();
      const columns = raw.columns.map(ident).join(", ");
      const repeats = await db.query<{ row: number }>(
        `SELECT __row AS row FROM ${ident(raw.table)} QUALIFY row_number() OVER (PARTITION BY ${columns} ORDER BY __row) > 1 ORDER BY __row`,
      );
      const edges = raw.columns.map((column) => `bool_or(regexp_matches(${ident(column)}, '^[\\s\\x{00A0}\\x{3000}\\x{FEFF}]|[\\s\\x{00A0}\\x{3000}\\x{FEFF}]$'))`);
      const [spaced] = await db.query<{ any: boolean | null }>(`SELECT coalesce(${edges.join(" OR ")}, FALSE) AS any FROM ${ident(raw.table)}`);
      if (scan?.repeatedRows) {
        answered++;
        expect(scan.repeatedRows, JSON.stringify(text)).toEqual(repeats.map((row) => row.row));
      }
      if (scan?.fieldEdgesTrimmed) expect(spaced?.any, JSON.stringify(text)).toBe(false);
      // A shape the scan claims lets the parse take its plain cast: it must give what the general rules give.
      for (const [index, shape] of (scan?.columnShapes ?? []).entries()) {
        const column = `${ident(raw.columns[index]!)}::VARCHAR`;
        const same = (fast: string, general: string) => `bool_and((${fast}) IS NOT DISTINCT FROM (${general}))`;
        const checks = [
          shape.isoDate && same(parseIsoDateSql(column), parseDateSql(column, "mdy")),
          shape.isoDate && same(isoDateHasTimeSql(column), hasTimeSql(column)),
          shape.plainNumber && same(parsePlainNumberSql(column), parseAmountSql(column)),
          shape.plainId && scan?.fieldEdgesTrimmed && same(plainIdSql(column), normalizeIdSql(column, true)),
          shape.plainId && scan?.fieldEdgesTrimmed && same(plainIdRepairedSql(column), idRepairedSql(column, true)),
        ].filter((check) => check !== false && check !== undefined);
        for (const key of ["isoDate", "plainNumber", "plainId"] as const) if (shape[key]) shapesSeen[key]++;
        if (checks.length === 0) continue;
        const [row] = await db.query<Record<string, boolean | null>>(`SELECT ${checks.map((check, at) => `coalesce(${check}, TRUE) AS c${at}`).join(", ")} FROM ${ident(raw.table)}`);
        expect(Object.values(row ?? {}).every(Boolean), `${JSON.stringify(text)} column ${index}: ${JSON.stringify(row)}`).toBe(true);
      }
      await db.exec(`DROP TABLE ${ident(raw.table)}`);
    }
    expect(answered).toBeGreaterThan(40);
    expect(Math.min(shapesSeen.isoDate, shapesSeen.plainNumber, shapesSeen.plainId), JSON.stringify(shapesSeen)).toBeGreaterThan(5);
  });
});
