import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** About 21 MB: the page copies it to the scan's worker in three slices (src/ingest/read/scan-text-aside.ts). */
function largeCsv(): { csv: Buffer; rows: number } {
  const rows = 400_000;
  const line = (row: number) => `C${row % 50_000},2024-${String((row % 12) + 1).padStart(2, "0")}-${String((row % 28) + 1).padStart(2, "0")},${row}.25,order-${row},widget`;
  const lines = ["customer_id,order_date,amount,order_id,product"];
  for (let row = 1; row <= rows; row++) {
    // Exact repeats of a row in another slice, and one row that differs from an earlier one in its last byte only.
    if (row === 399_990) lines.push(line(10));
    else if (row === 300_000) lines.push(line(150_000));
    else if (row === 250_000) lines.push(`${line(5)}s`);
    else lines.push(line(row));
  }
  return { csv: Buffer.from(lines.join("\n") + "\n"), rows };
}

describe("a large CSV in the page", () => {
  it("is scanned beside read_csv, from a copy sent in slices, and its exact repeats are counted right", async () => {
    const { csv, rows } = largeCsv();
    expect(csv.length).toBeGreaterThan(16 * 1024 * 1024);
    const app = await harness.open();
    const workers: string[] = [];
    app.page.on("worker", (worker) => workers.push(worker.url()));
    await app.page.getByTestId("file-input").setInputFiles({ name: "large.csv", mimeType: "text/csv", buffer: csv });
    await app.page.getByTestId("quality-report").waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId("rows-read").textContent()).toBe(rows.toLocaleString("en-US"));
    expect(workers.filter((url) => /scan-text\.worker/.test(url))).toHaveLength(1);
    expect(await app.page.getByTestId("reason-duplicate_kept").locator(".reason-count").textContent()).toBe("2");
    expect(app.consoleErrors).toEqual([]);
    await app.page.context().close();
  });
});
