import { describe, expect, it } from "vitest";
import { suggestMapping } from "../../../src/ingest/mapping/suggest-mapping";
import { unmappedColumns, type CanonicalField, type ColumnMapping } from "../../../src/ingest/types";
import { sharedSamples } from "./shared-samples";

const NONE: ColumnMapping = unmappedColumns();

/** Suggests from headers alone (no sample values). */
function fromHeaders(columns: string[]) {
  return suggestMapping(columns, {});
}

function confidences(suggestion: ReturnType<typeof suggestMapping>): Partial<Record<CanonicalField, string>> {
  return Object.fromEntries(Object.entries(suggestion.confidence).filter(([, level]) => level !== null));
}

describe("suggestMapping from header names", () => {
  it("maps English headers, whatever their case, spaces and underscores", () => {
    const suggestion = fromHeaders(["Customer ID", "order_date", "Order Total", "ORDER-NO", "Qty", "Unit Price", "Product Name", "category", "Sales Channel", "Country"]);
    expect(suggestion.mapping).toEqual({
      columns: {
        customer_id: "Customer ID",
        order_date: "order_date",
        amount: "Order Total",
        order_id: "ORDER-NO",
        quantity: "Qty",
        unit_price: "Unit Price",
        product: "Product Name",
        category: "category",
        channel: "Sales Channel",
        region: "Country",
      },
      amountFrom: "column",
      dateOrder: "mdy",
    });
    expect(Object.values(suggestion.confidence)).toEqual(Array(10).fill("high"));
    expect(suggestion.suggestedFields).toEqual(["customer_id", "order_date", "amount", "order_id", "quantity", "unit_price", "product", "category", "channel", "region"]);
  });

  it("maps simplified Chinese headers, ignoring a unit in brackets", () => {
    const suggestion = fromHeaders(["客户编号", "订单编号", "订单日期", "实付金额（元）", "数量", "单价", "商品名称", "品类", "渠道", "省份"]);
    expect(suggestion.mapping.columns).toEqual({
      customer_id: "客户编号",
      order_date: "订单日期",
      amount: "实付金额（元）",
      order_id: "订单编号",
      quantity: "数量",
      unit_price: "单价",
      product: "商品名称",
      category: "品类",
      channel: "渠道",
      region: "省份",
    });
    expect(Object.values(suggestion.confidence)).toEqual(Array(10).fill("high"));
  });

  it("maps traditional Chinese headers", () => {
    const suggestion = fromHeaders(["客戶編號", "訂單號", "下單時間", "實付金額", "數量", "單價", "商品", "類別", "通路", "地區"]);
    expect(suggestion.mapping.columns).toEqual({
      customer_id: "客戶編號",
      order_date: "下單時間",
      amount: "實付金額",
      order_id: "訂單號",
      quantity: "數量",
      unit_price: "單價",
      product: "商品",
      category: "類別",
      channel: "通路",
      region: "地區",
    });
  });

  it("maps other common names: 会员ID, 會員ID, 用户ID, 交易日期, 销售额, 订单金额", () => {
    expect(fromHeaders(["会员ID", "交易日期", "销售额"]).mapping.columns).toMatchObject({ customer_id: "会员ID", order_date: "交易日期", amount: "销售额" });
    expect(fromHeaders(["會員ID", "訂單日期", "銷售額"]).mapping.columns).toMatchObject({ customer_id: "會員ID", order_date: "訂單日期", amount: "銷售額" });
    expect(fromHeaders(["用户ID", "日期", "订单金额", "订单号"]).mapping.columns).toMatchObject({ customer_id: "用户ID", order_date: "日期", amount: "订单金额", order_id: "订单号" });
    expect(fromHeaders(["client", "purchase date", "revenue"]).mapping.columns).toMatchObject({ customer_id: "client", order_date: "purchase date", amount: "revenue" });
  });

  it("uses a telling word inside a longer header with medium confidence", () => {
    const suggestion = fromHeaders(["会员卡号", "消费日期", "消费金额", "Total Quantity"]);
    expect(suggestion.mapping.columns).toEqual({ ...NONE, customer_id: "会员卡号", order_date: "消费日期", amount: "消费金额", quantity: "Total Quantity" });
    expect(confidences(suggestion)).toEqual({ customer_id: "medium", order_date: "medium", amount: "high", quantity: "medium" });
  });

  it("prefers the exact name over a partial one, and uses each column once", () => {
    const suggestion = fromHeaders(["Customer Name", "Customer ID", "Date", "Amount", "Amount (USD)"]);
    expect(suggestion.mapping.columns).toEqual({ ...NONE, customer_id: "Customer ID", order_date: "Date", amount: "Amount" });
  });

  it("derives the amount from quantity × unit price when there is no amount column", () => {
    const suggestion = fromHeaders(["客户编号", "日期", "数量", "单价"]);
    expect(suggestion.mapping.amountFrom).toBe("quantity_x_unit_price");
    expect(suggestion.mapping.columns).toEqual({ ...NONE, customer_id: "客户编号", order_date: "日期", quantity: "数量", unit_price: "单价" });
  });

  it("reads a lone price column as the amount", () => {
    const suggestion = fromHeaders(["Id", "Date", "Price"]);
    expect(suggestion.mapping.columns).toEqual({ ...NONE, customer_id: "Id", order_date: "Date", amount: "Price" });
    expect(confidences(suggestion)).toEqual({ customer_id: "high", order_date: "high", amount: "medium" });
  });
});

describe("suggestMapping from sample values", () => {
  it("guesses customer, date and amount when the headers tell nothing", () => {
    const suggestion = suggestMapping(["a", "b", "c", "d"], {
      a: ["2024-03-05", "2024-03-06", "2024-03-06", "2024-03-07", "bad"], // 80 % dates
      b: ["C1", "C2", "C1", "C3", "C2"], // repeats, 3 distinct values
      c: ["1", "1", "1", "2", "1"], // repeats, 2 distinct values
      d: ["12.50", "3", "7.25", "1,200.00", "9.99"], // numbers with decimals
    });
    expect(suggestion.mapping.columns).toEqual({ ...NONE, customer_id: "b", order_date: "a", amount: "d" });
    expect(confidences(suggestion)).toEqual({ customer_id: "low", order_date: "low", amount: "low" });
  });

  it("leaves a field unmapped when no column fits", () => {
    const suggestion = suggestMapping(["x", "y"], { x: ["a", "b"], y: ["1", "2"] });
    expect(suggestion.mapping.columns).toEqual(NONE);
    expect(suggestion.suggestedFields).toEqual([]);
  });

  it("sets the date order from the values and says when they cannot tell", () => {
    expect(suggestMapping(["date", "amount", "cust"], { date: ["13/2/2024", "3/5/2024"] }).mapping.dateOrder).toBe("dmy");
    const ambiguous = suggestMapping(["date", "amount", "cust"], { date: ["3/5/2024", "4/6/2024"] });
    expect([ambiguous.mapping.dateOrder, ambiguous.dateOrderAmbiguous]).toEqual(["mdy", true]);
  });
});

describe("suggestMapping on the files in ../shared/data", () => {
  it("UCI Online Retail: amount = Quantity × UnitPrice", () => {
    const { columns, samples } = sharedSamples("uci_online_retail_sample/mba_sample.csv");
    const suggestion = suggestMapping(columns, samples);
    expect(suggestion.mapping).toEqual({
      columns: {
        customer_id: "CustomerID",
        order_date: "InvoiceDate",
        amount: null,
        order_id: "InvoiceNo",
        quantity: "Quantity",
        unit_price: "UnitPrice",
        product: "Description",
        category: null,
        channel: null,
        region: "Country",
      },
      amountFrom: "quantity_x_unit_price",
      dateOrder: "mdy",
    });
    expect(suggestion.dateOrderAmbiguous).toBe(false);
  });

  it("Superstore orders: customer / order_date / order_id / grand_total, dates month-first (3/14/11)", () => {
    const { columns, samples } = sharedSamples("superstore_orders/sample-orders.csv");
    const suggestion = suggestMapping(columns, samples);
    expect(suggestion.mapping).toEqual({
      columns: { ...NONE, customer_id: "customer", order_date: "order_date", amount: "grand_total", order_id: "order_id" },
      amountFrom: "column",
      dateOrder: "mdy",
    });
    expect(suggestion.dateOrderAmbiguous).toBe(false);
  });

  it("rfm package orders: customer_id / order_date / revenue", () => {
    const { columns, samples } = sharedSamples("rfm_pkg_orders/rfm_data_orders.csv");
    expect(suggestMapping(columns, samples).mapping.columns).toEqual({ ...NONE, customer_id: "customer_id", order_date: "order_date", amount: "revenue" });
  });

  it("CDNOW sample without a header: ids, YYYYMMDD dates and dollar values found from the values", () => {
    const { columns, samples } = sharedSamples("cdnow_lifetimes/CDNOW_sample.txt", { whitespace: true, header: false });
    const suggestion = suggestMapping(columns, samples);
    expect(suggestion.mapping).toEqual({
      columns: { ...NONE, customer_id: "column_1", order_date: "column_3", amount: "column_5" },
      amountFrom: "column",
      dateOrder: "mdy",
    });
    expect(confidences(suggestion)).toEqual({ customer_id: "low", order_date: "low", amount: "low" });
  });

  it("CDNOW elog (masterid, sampleid, date, cds, sales): the customer column from the values", () => {
    const { columns, samples } = sharedSamples("cdnow_btyd/cdnowElog.csv");
    const suggestion = suggestMapping(columns, samples);
    expect(suggestion.mapping.columns).toEqual({ ...NONE, customer_id: "masterid", order_date: "date", amount: "sales" });
    expect(confidences(suggestion)).toEqual({ customer_id: "low", order_date: "high", amount: "high" });
  });

  it("CLVTools cdnow (Id, Date, CDs, Price): Price is the amount", () => {
    const { columns, samples } = sharedSamples("clvtools/cdnow.csv");
    expect(suggestMapping(columns, samples).mapping.columns).toEqual({ ...NONE, customer_id: "Id", order_date: "Date", amount: "Price" });
  });
});
