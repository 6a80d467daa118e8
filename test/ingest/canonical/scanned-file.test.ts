import { describe, expect, it } from "vitest";
import { buildTransactionsSql } from "../../../src/ingest/canonical/build-transactions";
import type { MappedSource } from "../../../src/ingest/canonical/staged-rows";
import { loadRawTable } from "../../../src/ingest/read/load-raw-table";
import type { Database } from "../../../src/engine/database";
import { testDatabase } from "../../helpers/db";
import { columnMapping, execAll } from "./fixture";

// Ids exported as floats and as "NA", a refund, a zero, an exact repeat (row 5 = row 1) and a near one (row 6).
const FILE = ["customer_id,order_id,order_date,amount,product,channel", "17850.0,A1,2024-03-05,12.5,Tea,store", "NA,A2,2024-03-05,3,Tea,store", "00042,A3,2024-03-06,-2,Mug,online", "00042,A4.0,2024-03-07,0,,online", "17850.0,A1,2024-03-05,12.5,Tea,store", "17850.0,A1,2024-03-05,12.5,Tea,web"].join("\n");

async function built(db: Database, source: MappedSource) {
  await execAll(db, buildTransactionsSql([source], { dropDuplicates: false }));
  return {
    transactions: await db.query("SELECT source_row, customer_id, order_id, amount, product, channel FROM transactions ORDER BY source_row"),
    rows: await db.query("SELECT source_row, excluded_reason, refund, duplicate_kept, id_repaired, zero_amount FROM ingest_rows ORDER BY source_row"),
  };
}

describe("a delimited file scanned before its parse", () => {
  it("is parsed without trimming and with its listed repeats, to the same table and report as without the scan", async () => {
    const db = await testDatabase();
    const raw = await loadRawTable(db, "scanned_shop", { fileName: "shop.csv", bytes: new TextEncoder().encode(FILE) });
    expect(raw.textScan).toEqual({ fieldEdgesTrimmed: true, repeatedRows: [5] });
    const mapping = {
      columns: columnMapping({ customer_id: "customer_id", order_id: "order_id", order_date: "order_date", amount: "amount", product: "product", channel: "channel" }),
      amountFrom: "column" as const,
      dateOrder: "mdy" as const,
    };
    const scanned = { raw, mapping };
    const statements = buildTransactionsSql([scanned], { dropDuplicates: false }).join("\n");
    expect(statements).not.toContain("hash(");
    expect(statements).not.toContain(String.raw`[\s\x{00A0}\x{3000}\x{FEFF}]`);

    const fast = await built(db, scanned);
    const { textScan: _scan, ...unscannedRaw } = raw;
    const full = await built(db, { raw: unscannedRaw, mapping });
    expect(fast).toEqual(full);
    expect(fast.transactions.map((row) => [row.customer_id, row.order_id])).toEqual([
      ["17850", "A1"],
      ["00042", "A3"],
      ["00042", "A4.0"],
      ["17850", "A1"],
      ["17850", "A1"],
    ]);
    expect(fast.rows.filter((row) => row.duplicate_kept).map((row) => row.source_row)).toEqual([5]);
  });
});
