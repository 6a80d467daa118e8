import { describe, expect, it } from "vitest";
import { parseSession, type PersistedSession } from "../../src/persistence/session-format";

const mapping = {
  columns: { customer_id: "会员ID", order_date: "下单时间", amount: "实付金额", order_id: null, quantity: null, unit_price: null, product: null, category: null, channel: null, region: null },
  amountFrom: "column" as const,
  dateOrder: "dmy" as const,
};

const session: PersistedSession = {
  version: 1,
  savedAt: "2025-01-02T03:04:05.000Z",
  files: [{ id: "5b1c-42", fileName: "订单.csv", size: 1234, role: "transactions", readOptions: { encoding: "gbk", delimiter: ";", header: true }, mapping }],
  notKept: [{ fileName: "big.parquet", size: 600 * 1024 * 1024, reason: "too_large" }],
  settings: { version: 1, locale: "zh-Hans", page: "overview", asOfDate: "2025-01-01", dropDuplicates: true, views: { cohorts: { period: "week" } } },
};

describe("parseSession", () => {
  it("reads back what was saved", () => {
    expect(parseSession(JSON.stringify(session))).toEqual(session);
  });

  it("gives null for nothing, broken JSON or another version", () => {
    expect(parseSession(null)).toBeNull();
    expect(parseSession("{")).toBeNull();
    expect(parseSession(JSON.stringify({ ...session, version: 2 }))).toBeNull();
    expect(parseSession(JSON.stringify({ version: 1 }))).toBeNull();
  });

  it("drops entries that do not parse and keeps the rest", () => {
    const text = JSON.stringify({
      ...session,
      files: [
        session.files[0],
        { ...session.files[0], id: "../escape" }, // ids become OPFS file names: nothing but letters, digits, - and _
        { ...session.files[0], role: "owner" },
        { ...session.files[0], mapping: { columns: { customer_id: 42 } } },
      ],
      notKept: [{ fileName: "x", size: 1, reason: "bored" }],
      settings: "not an object",
    });
    expect(parseSession(text)).toEqual({ ...session, notKept: [], settings: {} });
  });

  it("fills a mapping's missing fields with null and drops unknown read options", () => {
    const text = JSON.stringify({ ...session, files: [{ ...session.files[0], mapping: { columns: { customer_id: "id" } }, readOptions: { encoding: "big5", evil: true } }] });
    const file = parseSession(text)?.files[0];
    expect(file?.mapping).toEqual({ columns: { ...Object.fromEntries(Object.keys(mapping.columns).map((key) => [key, null])), customer_id: "id" }, amountFrom: "column", dateOrder: "mdy" });
    expect(file?.readOptions).toEqual({ encoding: "big5" });
  });
});
