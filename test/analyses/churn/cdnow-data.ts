import type { Database } from "../../../src/engine/database";
import { CDNOW_SAMPLE_PATH, cdnowLines, loadCdnowSample } from "../../helpers/cdnow";
import { dayNumber, type Transaction } from "./reference";

export const CDNOW_SAMPLE = CDNOW_SAMPLE_PATH;

const lines = cdnowLines;

/** The 6,919 CDNOW sample lines as plain JS transactions. */
export const cdnowTransactions: Transaction[] = lines.map((line) => ({ customer: line.sampleId, day: dayNumber(line.day), amount: line.dollars }));

/** Loads the CDNOW sample into `transactions` (one order = one customer-day, as the file has no order id). */
export async function loadCdnow(db: Database): Promise<void> {
  await loadCdnowSample(db);
}
