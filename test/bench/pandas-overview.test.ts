import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateTransactions, writeTransactionsCsv } from "../../bench/generate";
import { timeIngest } from "../../bench/ingest-timing";
import { pandasDisagreements, pythonWithPandas, runPandasOverview } from "../../bench/pandas";
import { runOverview } from "../../src/analyses/overview/run";
import { testDatabase } from "../helpers/db";

const folder = mkdtempSync(path.join(tmpdir(), "bench-pandas-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
// .ci/run installs python3-pandas: in CI this runs; on a machine without pandas it is skipped, as the bench skips pandas.
const python = pythonWithPandas();

describe("the bench's pandas script", () => {
  it.skipIf(!python)("computes the app's Overview figures, so the bench compares the same work", async () => {
    const csv = path.join(folder, "t.csv");
    await writeTransactionsCsv(csv, generateTransactions(4000, 3));
    const db = await testDatabase();
    const { asOfDate } = await timeIngest(db, { fileName: "t.csv", bytes: new Uint8Array(readFileSync(csv)) });
    const { metrics } = await runOverview(db, { asOfDate });
    const pandas = runPandasOverview(python!, csv);
    expect(pandas.customers).toBeGreaterThan(300);
    expect(pandas.refund_rows).toBeGreaterThan(0);
    expect(pandasDisagreements(pandas, metrics)).toEqual([]);
    // The comparison itself can fail: one order fewer is reported, by name.
    expect(pandasDisagreements({ ...pandas, orders: pandas.orders - 1 }, metrics)).toEqual([`orders: ${pandas.orders - 1} ≠ ${metrics.orders}`]);
  });
});
