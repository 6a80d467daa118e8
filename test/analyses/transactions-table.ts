import type { Database } from "../../src/engine/database";
import { makeReplaceableAs } from "../../src/engine/relation-kind";

/** Creates (or empties) the canonical `transactions` table of DESIGN.md's data model. */
export async function createTransactionsTable(db: Database): Promise<void> {
  // The app's `transactions` is a view; tests that build one through the real ingest share this database.
  await makeReplaceableAs(db, "transactions", "TABLE");
  await db.exec(`CREATE OR REPLACE TABLE transactions (
    source VARCHAR,
    source_row INTEGER,
    customer_id VARCHAR NOT NULL,
    order_id VARCHAR NOT NULL,
    order_date DATE NOT NULL,
    order_ts TIMESTAMP,
    amount DOUBLE NOT NULL,
    quantity DOUBLE,
    unit_price DOUBLE,
    product VARCHAR,
    category VARCHAR,
    channel VARCHAR,
    region VARCHAR
  )`);
}

/** Replaces `transactions` with fixture rows given as SQL tuples `(source, source_row, customer_id, order_id, order_date, amount)`. */
export async function replaceTransactions(db: Database, valuesSql: string): Promise<void> {
  await createTransactionsTable(db);
  await db.exec(`INSERT INTO transactions (source, source_row, customer_id, order_id, order_date, amount) VALUES ${valuesSql}`);
}
