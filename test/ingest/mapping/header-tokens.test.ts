import { describe, expect, it } from "vitest";
import { headerKey, headerTokens } from "../../../src/ingest/mapping/header-tokens";

describe("headerTokens", () => {
  it("splits case, spaces, underscores and punctuation the same way", () => {
    for (const header of ["Customer ID", "customer_id", "CustomerID", " CUSTOMER-ID ", "customer.id"]) {
      expect(headerTokens(header)).toEqual(["customer", "id"]);
    }
    expect(headerTokens("InvoiceNo")).toEqual(["invoice", "no"]);
    expect(headerTokens("IDNumber")).toEqual(["id", "number"]);
  });

  it("folds full-width characters and drops bracketed units", () => {
    expect(headerKey("实付金额（元）")).toBe("实付金额");
    expect(headerKey("Amount (USD)")).toBe("amount");
    expect(headerKey("会员ＩＤ")).toBe("会员id");
  });
});
