import { describe, expect, it } from "vitest";
import { validateMapping } from "../../../src/ingest/mapping/validate-mapping";
import { unmappedColumns, type ColumnMapping, type TransactionMapping } from "../../../src/ingest/types";

const NONE: ColumnMapping = unmappedColumns();

function mapping(columns: Partial<ColumnMapping>, amountFrom: TransactionMapping["amountFrom"] = "column"): TransactionMapping {
  return { columns: { ...NONE, ...columns }, amountFrom, dateOrder: "mdy" };
}

describe("validateMapping", () => {
  it("accepts a complete mapping", () => {
    expect(validateMapping(mapping({ customer_id: "id", order_date: "date", amount: "total" }), ["id", "date", "total"])).toEqual([]);
  });

  it("names each missing required field", () => {
    expect(validateMapping(mapping({ order_date: "date" }))).toEqual([
      { key: "mapping.missingRequired", field: "customer_id" },
      { key: "mapping.missingRequired", field: "amount" },
    ]);
  });

  it("requires quantity and unit price when the amount is derived from them", () => {
    expect(validateMapping(mapping({ customer_id: "id", order_date: "date", quantity: "qty" }, "quantity_x_unit_price"))).toEqual([
      { key: "mapping.missingRequired", field: "unit_price" },
    ]);
  });

  it("reports a column used for two fields", () => {
    expect(validateMapping(mapping({ customer_id: "x", order_date: "date", amount: "x" }))).toEqual([
      { key: "mapping.columnUsedTwice", column: "x", fields: ["customer_id", "amount"] },
    ]);
  });

  it("ignores a leftover amount column when the amount is quantity × unit price", () => {
    const derived = mapping({ customer_id: "id", order_date: "date", amount: "qty", quantity: "qty", unit_price: "price" }, "quantity_x_unit_price");
    expect(validateMapping(derived)).toEqual([]);
  });

  it("reports columns the file does not have", () => {
    expect(validateMapping(mapping({ customer_id: "id", order_date: "date", amount: "total" }), ["id", "date"])).toEqual([
      { key: "mapping.unknownColumn", field: "amount", column: "total" },
    ]);
  });
});
