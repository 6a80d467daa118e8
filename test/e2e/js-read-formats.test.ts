import { parquetWriteBuffer } from "hyparquet-writer";
import writeXlsxFile from "write-excel-file/universal";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

// These formats are read in JavaScript and sent to DuckDB as Arrow: that must work under the page's CSP (no eval).
describe("files read in JavaScript (JSON, Parquet, .xlsx)", () => {
  it("load into the quality report in the built page", async () => {
    const json = JSON.stringify([
      { customer_id: "A", order_date: "2024-01-05", amount: 10 },
      { customer_id: "B", order_date: "2024-02-01", amount: 5.5 },
    ]);
    // Three row groups: the page's Parquet worker sends them one by one while DuckDB stores them.
    const parquet = new Uint8Array(
      parquetWriteBuffer({
        rowGroupSize: 2,
        columnData: [
          { name: "customer_id", data: ["A", "B", "C", "客户 D", "E"], type: "STRING" },
          { name: "order_date", data: ["2024-01-05", "2024-02-01", "2024-03-01", "2024-03-02", "2024-03-03"], type: "STRING" },
          { name: "amount", data: [10, 5.5, 7, 1, 2], type: "DOUBLE" },
        ],
      }),
    );
    // Enough rows for read-excel-file to parse the sheet in many chunks (its per-chunk row copy is patched at build).
    const sheetRows = Array.from({ length: 3000 }, (_, index) => [`C${index % 400}`, new Date(Date.UTC(2024, 0, 1 + (index % 300))), 10 + (index % 7)]);
    const xlsx = await (await writeXlsxFile([["customer_id", "order_date", "amount"], ...sheetRows], { dateFormat: "yyyy-mm-dd" }).toBlob()).arrayBuffer();
    // Each is read in a worker (not on the page's thread, which a large workbook froze for seconds).
    for (const [name, buffer, rows, reader] of [
      ["orders.json", Buffer.from(json), "2", /js-table\.worker/],
      ["orders.parquet", Buffer.from(parquet), "5", /parquet-batches\.worker/],
      ["orders.xlsx", Buffer.from(xlsx), "3,000", /js-table\.worker/],
    ] as const) {
      const app = await harness.open();
      const workers: string[] = [];
      app.page.on("worker", (worker) => workers.push(worker.url()));
      await app.page.getByTestId("file-input").setInputFiles({ name, mimeType: "application/octet-stream", buffer });
      await app.page.getByTestId("quality-report").waitFor();
      expect(await app.page.getByTestId("rows-read").textContent(), name).toBe(rows);
      expect(workers.filter((url) => reader.test(url)), name).toHaveLength(1);
      expect(app.consoleErrors).toEqual([]);
      expect(app.offOriginRequests).toEqual([]);
      await app.page.context().close();
    }
  });

  it("say in the page, from their workers, when a file cannot be read, and keep what was loaded", async () => {
    const app = await harness.open();
    await app.page.getByTestId("sample-small-shop").click();
    await app.page.getByTestId("quality-report").waitFor();
    const broken = Buffer.from("PAR1 this is not really a Parquet file PAR1");
    await app.page.getByTestId("file-input").setInputFiles({ name: "broken.parquet", mimeType: "application/octet-stream", buffer: broken });
    const error = app.page.getByTestId("error").first();
    await error.waitFor();
    expect(await error.textContent()).toContain("broken.parquet: is not a Parquet file this app can read");
    expect(await app.page.getByTestId("quality-report").isVisible()).toBe(true);
    // A broken workbook: its error crosses from the worker with its code, so it is shown translated.
    await app.page.getByTestId("language").selectOption("zh-Hans");
    await app.page.getByTestId("file-input").setInputFiles({ name: "broken.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK\u0003\u0004 not a workbook") });
    await app.page.getByTestId("error").filter({ hasText: "broken.xlsx" }).waitFor();
    expect(await app.page.getByTestId("error").filter({ hasText: "broken.xlsx" }).textContent()).toContain("broken.xlsx：不是可读取的 Excel 工作簿（.xlsx）");
    expect(await app.page.getByTestId("quality-report").isVisible()).toBe(true);
    expect(app.offOriginRequests).toEqual([]);
    await app.page.context().close();
  });
});
