import type { Database } from "../../../src/engine/database";
import type { MappedSource } from "../../../src/ingest/canonical/staged-rows";
import { unmappedColumns, type ColumnMapping } from "../../../src/ingest/types";

const UNMAPPED: ColumnMapping = unmappedColumns();

/** A mapping with only the given fields set. */
export function columnMapping(fields: Partial<ColumnMapping>): ColumnMapping {
  return { ...UNMAPPED, ...fields };
}

/**
 * A shop export with Chinese headers, each row testing one rule (worked out in build-transactions.test.ts),
 * and a UCI-style file where amount = Quantity × UnitPrice.
 */
export async function createFixture(db: Database): Promise<MappedSource[]> {
  await db.exec(`CREATE OR REPLACE TABLE raw_shop AS SELECT * FROM (VALUES
    (1, 'C001', 'A1', '2024-03-05 14:22', '¥1,234.50', '茶叶'),
    (2, 'C001', 'A1', '2024-03-05 14:22', '¥1,234.50', '茶叶'),
    (3, '', 'A2', '2024-03-06', '10', '杯子'),
    (4, 'C002', 'A3', '2024-02-30', '10', '杯子'),
    (5, 'C002', 'A4', '2024/3/7', 'abc', '杯子'),
    (6, NULL, 'A5', 'bad', 'abc', NULL),
    (7, 'C003', 'A6', '20240308', '(12.50)', '退款'),
    (8, 'C003', '', '2024年3月9日', '0', '赠品'),
    (9, ' 17850.0 ', 'A8', '09.03.2024', '5', '茶叶'),
    (10, '00042', NULL, '3/10/2024', '€1.234,56', '茶具'),
    (11, '00042', NULL, '45361', '$ 12', '茶叶'),
    (12, 'C004', 'A9', '2024-03-11', '-3', '杯子')
  ) t(__row, "客户编号", "订单号", "下单时间", "实付金额", "商品")`);
  await db.exec(`CREATE OR REPLACE TABLE raw_uci AS SELECT * FROM (VALUES
    (1, '536365', '6', '2.55', '17850.0', '12/1/2010 8:26'),
    (2, 'C536379', '-1', '27.50', '14527', '12/1/2010 9:41'),
    (3, '536366', '2', '1.85', '', '12/1/2010 8:28')
  ) t(__row, "InvoiceNo", "Quantity", "UnitPrice", "CustomerID", "InvoiceDate")`);
  return [
    {
      raw: { fileName: "订单.csv", table: "raw_shop", columns: ["客户编号", "订单号", "下单时间", "实付金额", "商品"], rowCount: 12, format: { kind: "delimited" } },
      mapping: {
        columns: columnMapping({ customer_id: "客户编号", order_id: "订单号", order_date: "下单时间", amount: "实付金额", product: "商品" }),
        amountFrom: "column",
        dateOrder: "mdy",
      },
    },
    {
      raw: { fileName: "uci.csv", table: "raw_uci", columns: ["InvoiceNo", "Quantity", "UnitPrice", "CustomerID", "InvoiceDate"], rowCount: 3, format: { kind: "delimited" } },
      mapping: {
        columns: columnMapping({ customer_id: "CustomerID", order_id: "InvoiceNo", order_date: "InvoiceDate", quantity: "Quantity", unit_price: "UnitPrice" }),
        amountFrom: "quantity_x_unit_price",
        dateOrder: "mdy",
      },
    },
  ];
}

/** Runs the statements of buildTransactionsSql in order. */
export async function execAll(db: Database, statements: string[]): Promise<void> {
  for (const statement of statements) await db.exec(statement);
}
