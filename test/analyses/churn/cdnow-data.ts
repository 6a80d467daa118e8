import { readFileSync } from "node:fs";
import type { Database } from "../../../src/engine/database";
import { sharedData } from "../../helpers/db";
import { createTransactionsTable } from "../transactions-table";
import { dayNumber, type Transaction } from "./reference";

export const CDNOW_SAMPLE = sharedData("cdnow_lifetimes/CDNOW_sample.txt");

// Fields: master id, sample id, YYYYMMDD, CDs, dollars, separated by runs of spaces.
const lines = readFileSync(CDNOW_SAMPLE, "utf8")
  .split(/\r?\n/)
  .filter((line) => line.trim() !== "")
  .map((line) => {
    const [, sampleId = "", day = "", , dollars = ""] = line.trim().split(/\s+/);
    return { sampleId, day, dollars: Number(dollars) };
  });

/** The 6,919 CDNOW sample lines as plain JS transactions. */
export const cdnowTransactions: Transaction[] = lines.map((line) => ({ customer: line.sampleId, day: dayNumber(line.day), amount: line.dollars }));

/** Loads the CDNOW sample into `transactions` (one order = one customer-day, as the file has no order id). */
export async function loadCdnow(db: Database): Promise<void> {
  const tabSeparated = lines.map((line, index) => [index + 1, line.sampleId, line.day, line.dollars].join("\t")).join("\n");
  await db.registerFile("churn_cdnow_sample.tsv", new TextEncoder().encode(tabSeparated));
  await createTransactionsTable(db);
  await db.exec(`INSERT INTO transactions BY NAME
    SELECT 'CDNOW_sample.txt' AS source, source_row, sample_id AS customer_id,
      sample_id || '|' || CAST(order_date AS VARCHAR) AS order_id, order_date, dollars AS amount
    FROM (
      SELECT *, CAST(strptime(day, '%Y%m%d') AS DATE) AS order_date
      FROM read_csv('churn_cdnow_sample.tsv', delim = '\t', header = false,
        columns = {'source_row': 'INTEGER', 'sample_id': 'VARCHAR', 'day': 'VARCHAR', 'dollars': 'DOUBLE'})
    )`);
}
