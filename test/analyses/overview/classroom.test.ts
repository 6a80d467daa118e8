import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultAsOfDate } from "../../../src/analyses/as-of";
import { runOverview } from "../../../src/analyses/overview/run";
import { ident, literal } from "../../../src/engine/sql";
import { testDatabase } from "../../helpers/db";
import { createTransactionsTable } from "../transactions-table";

// The figures written in sample-data/README.md, worked out there per customer.
const classroomFigures = {
  as_of_date: "2024-12-01",
  customers: 20,
  orders: 60,
  revenue: 8190,
  average_order_value: 136.5,
  orders_per_customer: 3,
  repeat_customers: 15,
  repeat_purchase_rate: 0.75,
  median_days_between_purchases: 11,
  repeat_customer_revenue: 7610,
  repeat_customer_revenue_share: 7610 / 8190,
  refund_rows: 0,
  refunded_amount: 0,
  refund_only_customers: 0,
  first_purchase_date: "2024-01-05",
  last_purchase_date: "2024-11-30",
};

// month, revenue, active customers, orders, new customers
const classroomMonths: [string, number, number, number, number][] = [
  ["2024-01-01", 580, 3, 3, 3],
  ["2024-02-01", 790, 2, 6, 1],
  ["2024-03-01", 100, 1, 1, 1],
  ["2024-04-01", 1180, 6, 10, 6],
  ["2024-05-01", 1150, 8, 8, 4],
  ["2024-06-01", 550, 3, 3, 1],
  ["2024-07-01", 950, 4, 9, 0],
  ["2024-08-01", 1440, 6, 10, 2],
  ["2024-09-01", 650, 3, 4, 0],
  ["2024-10-01", 600, 3, 5, 2],
  ["2024-11-01", 200, 1, 1, 0],
  ["2024-12-01", 0, 0, 0, 0],
];

const files = [
  { file: "classroom.csv", customer: "客户编号", date: "订单日期", order: "订单号", amount: "金额" },
  { file: "classroom-traditional.csv", customer: "客戶編號", date: "訂單日期", order: "訂單號", amount: "金額" },
];

describe.each(files)("Overview of sample-data/$file", ({ file, customer, date, order, amount }) => {
  it("matches the figures in sample-data/README.md", async () => {
    const db = await testDatabase();
    await db.registerFile(file, readFileSync(new URL(`../../../sample-data/${file}`, import.meta.url)));
    await createTransactionsTable(db);
    await db.exec(`INSERT INTO transactions BY NAME
      SELECT
        ${literal(file)} AS source,
        CAST(row_number() OVER () AS INTEGER) AS source_row,
        ${ident(customer)} AS customer_id,
        ${ident(order)} AS order_id,
        CAST(${ident(date)} AS DATE) AS order_date,
        CAST(${ident(amount)} AS DOUBLE) AS amount
      FROM read_csv(${literal(file)}, header = true)`);

    const asOfDate = await defaultAsOfDate(db);
    expect(asOfDate).toBe(classroomFigures.as_of_date);
    const { metrics, monthly } = await runOverview(db, { asOfDate: classroomFigures.as_of_date });
    expect(metrics).toEqual(classroomFigures);
    expect(monthly).toEqual(
      classroomMonths.map(([month, revenue, active_customers, orders, new_customers]) => ({
        month,
        revenue,
        active_customers,
        orders,
        new_customers,
        is_partial: month === "2024-12-01",
      })),
    );
  });
});
