import { readFileSync } from "node:fs";
import type { Database } from "../../../src/engine/database";
import { sharedData } from "../../helpers/db";
import { createTransactionsTable } from "../transactions-table";

/**
 * Loads CDNOW_sample.txt (no header; master id, sample id, YYYYMMDD, CDs, dollars) into `transactions`:
 * customer = sample id, amount = dollars, no order id in the file so one order = one customer-day.
 */
export async function loadCdnowSample(db: Database): Promise<void> {
  const text = readFileSync(sharedData("cdnow_lifetimes/CDNOW_sample.txt"), "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => line.trim().split(/\s+/).join("\t"))
    .join("\n");
  await db.registerFile("clv_cdnow_sample.tsv", new TextEncoder().encode(text));
  await createTransactionsTable(db);
  await db.exec(`INSERT INTO transactions BY NAME
    SELECT
      'CDNOW_sample.txt' AS source,
      (row_number() OVER ())::INTEGER AS source_row,
      sample_id AS customer_id,
      sample_id || '|' || CAST(order_date AS VARCHAR) AS order_id,
      order_date,
      dollars AS amount,
      cds AS quantity
    FROM (
      SELECT *, CAST(strptime(day, '%Y%m%d') AS DATE) AS order_date
      FROM read_csv('clv_cdnow_sample.tsv', delim = '\t', header = false,
        columns = {'master_id': 'VARCHAR', 'sample_id': 'VARCHAR', 'day': 'VARCHAR', 'cds': 'DOUBLE', 'dollars': 'DOUBLE'})
    )`);
}

/** Rows of a CSV file in ../shared/data with a header line (numbers stay strings). */
export function readSharedCsv(path: string): Record<string, string>[] {
  const [header = "", ...lines] = readFileSync(sharedData(path), "utf8").trim().split(/\r?\n/);
  const columns = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((value, i) => [columns[i] ?? String(i), value])));
}

/** The standard CDNOW split: 39 calibration weeks to 1997-09-30, 39 holdout weeks to 1998-06-30. */
export const CDNOW_SPLIT = { asOfDate: "1998-06-30", calibrationEnd: "1997-09-30" } as const;
