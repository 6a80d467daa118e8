import { beforeAll, describe, expect, it } from "vitest";
import { literal } from "../../../src/engine/sql";
import { hasTimeSql, parseDateSql } from "../../../src/ingest/canonical/parse-date";
import { testDatabase } from "../../helpers/db";

// input, parsed month-first (mdy), parsed day-first (dmy), has a time of day
const CASES: [string | null, string | null, string | null, boolean | null][] = [
  ["2024-03-05", "2024-03-05 00:00:00", "2024-03-05 00:00:00", false],
  ["2024-03-05 14:22", "2024-03-05 14:22:00", "2024-03-05 14:22:00", true],
  ["2024-03-05 14:22:07", "2024-03-05 14:22:07", "2024-03-05 14:22:07", true],
  ["2024-03-05T14:22:00", "2024-03-05 14:22:00", "2024-03-05 14:22:00", true],
  ["2024-03-05T14:22:07.250Z", "2024-03-05 14:22:07.25", "2024-03-05 14:22:07.25", true],
  ["2024/3/5", "2024-03-05 00:00:00", "2024-03-05 00:00:00", false],
  ["2024/3/5 9:05", "2024-03-05 09:05:00", "2024-03-05 09:05:00", true],
  ["2024-3-5", "2024-03-05 00:00:00", "2024-03-05 00:00:00", false],
  ["2024.03.05", "2024-03-05 00:00:00", "2024-03-05 00:00:00", false],
  ["05.03.2024", "2024-03-05 00:00:00", "2024-03-05 00:00:00", false],
  ["5.3.24", "2024-03-05 00:00:00", "2024-03-05 00:00:00", false],
  ["05.03.2024 14:22", "2024-03-05 14:22:00", "2024-03-05 14:22:00", true],
  ["20240305", "2024-03-05 00:00:00", "2024-03-05 00:00:00", false],
  ["19970101", "1997-01-01 00:00:00", "1997-01-01 00:00:00", false],
  ["2024年3月5日", "2024-03-05 00:00:00", "2024-03-05 00:00:00", false],
  ["2024年3月5日 14:22", "2024-03-05 14:22:00", "2024-03-05 14:22:00", true],
  ["2024年03月05日14:22:09", "2024-03-05 14:22:09", "2024-03-05 14:22:09", true],
  ["3/5/2024", "2024-03-05 00:00:00", "2024-05-03 00:00:00", false],
  ["3/5/24", "2024-03-05 00:00:00", "2024-05-03 00:00:00", false],
  ["9/7/11", "2011-09-07 00:00:00", "2011-07-09 00:00:00", false],
  ["12/1/2010 8:26", "2010-12-01 08:26:00", "2010-01-12 08:26:00", true],
  ["3/5/2024 2:22 PM", "2024-03-05 14:22:00", "2024-05-03 14:22:00", true],
  ["3/5/2024 12:05:09 am", "2024-03-05 00:05:09", "2024-05-03 00:05:09", true],
  ["2024/3/5 2:22PM", "2024-03-05 14:22:00", "2024-03-05 14:22:00", true],
  ["03-05-2024", "2024-03-05 00:00:00", "2024-05-03 00:00:00", false],
  ["13/5/2024", null, "2024-05-13 00:00:00", false],
  ["5/13/2024", "2024-05-13 00:00:00", null, false],
  ["45356", "2024-03-05 00:00:00", "2024-03-05 00:00:00", false],
  ["45356.6", "2024-03-05 14:24:00", "2024-03-05 14:24:00", true],
  ["45356.0", "2024-03-05 00:00:00", "2024-03-05 00:00:00", false],
  [" 2024-03-05\t", "2024-03-05 00:00:00", "2024-03-05 00:00:00", false],
  // try_strptime alone would read `24-3-5` as the year 24; `2024-02-30` is no date
  ["24-3-5", null, null, false],
  ["24-03-05", null, "2005-03-24 00:00:00", false],
  ["2024-02-30", null, null, false],
  ["2024-03-05 25:00", null, null, true],
  ["12345", null, null, false],
  ["90000", null, null, false],
  ["2024-03-05 14:22+08:00", null, null, true],
  ["abc", null, null, false],
  ["", null, null, false],
  [null, null, null, null],
];

describe("parseDateSql", () => {
  beforeAll(async () => {
    const db = await testDatabase();
    const values = CASES.map(([input], index) => `(${index}, ${literal(input)})`).join(", ");
    await db.exec(`CREATE OR REPLACE TABLE date_inputs AS SELECT id, v::VARCHAR AS v FROM (VALUES ${values}) t(id, v)`);
  });

  it("reads every supported format, month-first and day-first, and only those", async () => {
    const db = await testDatabase();
    const rows = await db.query(`SELECT v,
        (${parseDateSql("v", "mdy")})::VARCHAR AS mdy,
        (${parseDateSql("v", "dmy")})::VARCHAR AS dmy,
        ${hasTimeSql("v")} AS has_time
      FROM date_inputs ORDER BY id`);
    expect(rows).toEqual(CASES.map(([v, mdy, dmy, has_time]) => ({ v, mdy, dmy, has_time })));
  });

  it("returns a TIMESTAMP", async () => {
    const db = await testDatabase();
    expect(await db.query(`SELECT typeof(${parseDateSql("'2024-03-05'", "mdy")}) AS type`)).toEqual([{ type: "TIMESTAMP" }]);
  });
});
