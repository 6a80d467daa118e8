import type { Database } from "../../../src/engine/database";
import { dateLiteral, literal } from "../../../src/engine/sql";
import { createTransactionsTable } from "../transactions-table";

/** customer id, order id, order date (YYYY-MM-DD), amount. */
export type FixtureRow = [customer: string, order: string, date: string, amount: number];

/** Replaces `transactions` with the rows. */
export async function loadFixture(db: Database, rows: FixtureRow[]): Promise<void> {
  await createTransactionsTable(db);
  const values = rows.map(
    ([customer, order, date, amount], index) =>
      `('fixture', ${index + 1}, ${literal(customer)}, ${literal(order)}, ${dateLiteral(date)}, ${literal(amount)})`,
  );
  if (values.length) {
    await db.exec(`INSERT INTO transactions (source, source_row, customer_id, order_id, order_date, amount) VALUES ${values.join(",\n")}`);
  }
}
