import { beforeAll, describe, expect, it } from "vitest";
import { createAnalysisViews } from "../../src/console/analysis-views";
import { consoleCellText, consoleErrorMessage, runConsoleQuery } from "../../src/console/run-console-query";
import { splitStatements } from "../../src/console/split-statements";
import { testDatabase } from "../helpers/db";
import { replaceTransactions } from "../analyses/transactions-table";

// Three customers: A buys in January and March, B in January, C in March (after a refund-only row for D).
const ROWS = `
  ('f', 1, 'A', 'A1', DATE '2024-01-05', 100),
  ('f', 2, 'A', 'A2', DATE '2024-03-05',  50),
  ('f', 3, 'B', 'B1', DATE '2024-01-20',  30),
  ('f', 4, 'C', 'C1', DATE '2024-03-10',  20),
  ('f', 5, 'D', 'D1', DATE '2024-03-11', -10)`;

beforeAll(async () => {
  const db = await testDatabase();
  await replaceTransactions(db, ROWS);
  await db.exec("CREATE OR REPLACE TABLE customers (customer_id VARCHAR, source VARCHAR)");
});

describe("SQL console", () => {
  it("counts every row but fetches only the first ones, with column types", async () => {
    const result = await runConsoleQuery(await testDatabase(), "SELECT customer_id, order_date FROM transactions ORDER BY source_row;  ", 2);
    expect(result.rowCount).toBe(5);
    expect(result.rows.map((row) => row.customer_id)).toEqual(["A", "A"]);
    expect(result.columns).toEqual([
      { name: "customer_id", type: "VARCHAR" },
      { name: "order_date", type: "DATE" },
    ]);
    expect(consoleCellText(result.rows[0]?.order_date, "DATE")).toBe("2024-01-05");
  });

  it("runs statements that are not a single query as typed", async () => {
    const db = await testDatabase();
    await runConsoleQuery(db, "CREATE OR REPLACE TEMP TABLE big_spenders AS SELECT customer_id FROM transactions WHERE amount >= 50", 10);
    const result = await runConsoleQuery(db, "SELECT count(*)::INTEGER AS n FROM big_spenders -- a trailing comment", 10);
    expect(result.rows).toEqual([{ n: 2 }]);
  });

  it("reports a syntax error by DuckDB's first line, without the caret drawing", async () => {
    const error = await runConsoleQuery(await testDatabase(), "SELEC * FROM transactions", 10).catch((caught: unknown) => caught);
    const message = consoleErrorMessage(error);
    expect(message).toMatch(/^Parser Error: syntax error at or near "SELEC"/);
    expect(message).not.toContain("\n");
  });

  it("reports an unknown table as a catalog error", async () => {
    const error = await runConsoleQuery(await testDatabase(), "SELECT * FROM no_such_table", 10).catch((caught: unknown) => caught);
    expect(consoleErrorMessage(error)).toMatch(/^Catalog Error: Table with name no_such_table does not exist/);
  });

  it("creates every analysis' results as a view that answers like the analysis", async () => {
    const db = await testDatabase();
    const names = await createAnalysisViews(db, "2024-04-01");
    expect(names).toEqual(expect.arrayContaining(["overview_metrics", "overview_monthly", "cohort_cells", "pyramid_tiers", "churn_periods", "churn_customers", "rfm_customers", "clv_summary"]));
    for (const name of names) await db.query(`SELECT * FROM ${name}`);
    // Customers A, B, C (D has a refund only); revenue 100 + 50 + 30 + 20 − 10.
    const [metrics] = await db.query<{ customers: number; revenue: number }>("SELECT customers, revenue FROM overview_metrics");
    expect(metrics).toMatchObject({ customers: 3, revenue: 190 });
    const januaryCohort = await db.query<{ k: number; cohort_size: number }>("SELECT k, cohort_size FROM cohort_cells WHERE cohort_start = DATE '2024-01-01' AND k = 0");
    expect(januaryCohort).toEqual([{ k: 0, cohort_size: 2 }]);
    // RFM scores the customers with a purchase: A, B, C.
    expect(await db.query("SELECT customer_id FROM rfm_customers ORDER BY customer_id")).toEqual([{ customer_id: "A" }, { customer_id: "B" }, { customer_id: "C" }]);
  });

  it("runs several statements and shows the last one's result (as a view's Show SQL holds them)", async () => {
    const result = await runConsoleQuery(await testDatabase(), "-- first\nSELECT 1 AS a;\n\n-- second\nSELECT 'x;y' AS b, 2 AS \"c;d\";\n", 10);
    expect(result.rows).toEqual([{ b: "x;y", "c;d": 2 }]);
  });

  it("splits statements at semicolons outside strings, identifiers and comments", () => {
    expect(splitStatements("SELECT ';' ; -- a; comment\n SELECT \"x;\" /* b; */ ;\n;  -- only a comment")).toEqual(["SELECT ';'", '-- a; comment\n SELECT "x;" /* b; */']);
    expect(splitStatements("SELECT 'it''s; fine'")).toEqual(["SELECT 'it''s; fine'"]);
    expect(splitStatements("  ;; ")).toEqual([]);
  });
});
