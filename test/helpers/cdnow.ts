import { readFileSync } from "node:fs";
import type { Database } from "../../src/engine/database";
import { addSource, buildCanonicalTables } from "../../src/workspace/workspace";
import { sharedData } from "./db";

export const CDNOW_SAMPLE_PATH = sharedData("cdnow_lifetimes/CDNOW_sample.txt");

/** One line of CDNOW_sample.txt, parsed in plain JS so tests can recompute figures independently of SQL. */
export interface CdnowLine {
  masterId: string;
  sampleId: string;
  /** `YYYYMMDD` */
  day: string;
  cds: number;
  dollars: number;
}

// Fields: master id, sample id, YYYYMMDD, CDs, dollars, separated by runs of spaces; no header.
export const cdnowLines: CdnowLine[] = readFileSync(CDNOW_SAMPLE_PATH, "utf8")
  .split(/\r?\n/)
  .filter((line) => line.trim() !== "")
  .map((line) => {
    const [masterId = "", sampleId = "", day = "", cds = "", dollars = ""] = line.trim().split(/\s+/);
    return { masterId, sampleId, day, cds: Number(cds), dollars: Number(dollars) };
  });

/**
 * Loads the CDNOW sample into `transactions` through the app's own ingest: the file as a user would drop it,
 * customer = sample id, date = YYYYMMDD, amount = dollars, no order id (one order = one customer-day).
 */
export async function loadCdnowSample(db: Database): Promise<void> {
  const source = await addSource(db, { fileName: "CDNOW_sample.txt", bytes: new Uint8Array(readFileSync(CDNOW_SAMPLE_PATH)) });
  const columns = { ...source.mapping.columns, customer_id: "column_2", order_date: "column_3", amount: "column_5", order_id: null, quantity: null };
  await buildCanonicalTables(db, [{ ...source, mapping: { ...source.mapping, columns, amountFrom: "column" } }], { dropDuplicates: false });
}
