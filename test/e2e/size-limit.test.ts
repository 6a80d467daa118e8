import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatFileSize, MAX_BROWSER_FILE_BYTES, MAX_BROWSER_VALUES } from "../../src/ingest/read/size-limit";
import { startHarness, type Harness } from "./harness";
import { SHOTS } from "./checks";

let harness: Harness;
let folder: string;
beforeAll(async () => {
  harness = await startHarness();
  folder = mkdtempSync(path.join(tmpdir(), "crm-size-"));
});
afterAll(async () => {
  await harness?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Opens the page, drops the file and gives the page and the error shown for it. */
async function dropRefused(file: string) {
  const app = await harness.open();
  await app.page.getByTestId("file-input").setInputFiles(file);
  const error = app.page.getByTestId("error").first();
  await error.waitFor();
  return { app, page: app.page, error };
}

describe("a file larger than the page can hold", () => {
  it("is refused with the sizes before it is read, and the page keeps working", async () => {
    // A sparse file: its size is over the limit but it takes no disk space and is never read.
    const huge = path.join(folder, "everything.csv");
    const fd = openSync(huge, "w");
    ftruncateSync(fd, MAX_BROWSER_FILE_BYTES + 50 * 1024 * 1024);
    closeSync(fd);
    const { app, page, error } = await dropRefused(huge);
    expect(await error.textContent()).toContain(
      `everything.csv is too large for this browser tab (${formatFileSize(MAX_BROWSER_FILE_BYTES + 50 * 1024 * 1024)} > ${formatFileSize(MAX_BROWSER_FILE_BYTES)})`,
    );
    await page.screenshot({ path: `${SHOTS}size-limit-en-1280.png` });
    await page.getByTestId("language").selectOption("zh-Hans");
    await page.getByTestId("file-input").setInputFiles(huge);
    await page.getByTestId("error").nth(1).waitFor();
    expect(await page.getByTestId("error").nth(1).textContent()).toContain("everything.csv 太大");
    await page.screenshot({ path: `${SHOTS}size-limit-zh-Hans-1280.png` });
    await page.getByTestId("language").selectOption("zh-Hant");
    await page.screenshot({ path: `${SHOTS}size-limit-zh-Hant-1280.png` });

    // The page still loads a normal file afterwards.
    await page.getByTestId("sample-small-shop").click();
    await page.getByTestId("quality-report").waitFor();
    expect(app.consoleErrors).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
    await page.context().close();
  });
});

/**
 * A small Parquet file whose footer says it has `rows` rows (writing that many would take the test half a
 * minute): the row count of the file metadata, a Thrift compact i64 right after the schema list, is rewritten.
 */
function parquetClaimingRows(rows: number): Uint8Array {
  const file = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: "customer", data: ["C1", "C2", "C3"] }] }));
  const footerLength = new DataView(file.buffer).getUint32(file.length - 8, true);
  const footer = [...file.subarray(file.length - 8 - footerLength, file.length - 8)];
  // End of the schema list, field 3 (i64) = zigzag(3), then the row-group list header.
  const written = [0x00, 0x16, 0x06, 0x19, 0x1c];
  const at = footer.findIndex((_, index) => written.every((byte, offset) => footer[index + offset] === byte));
  if (at < 0) throw new Error("unexpected Parquet footer layout");
  const varint: number[] = [];
  for (let zigzag = rows * 2; ; zigzag = Math.floor(zigzag / 128)) {
    if (zigzag < 128) {
      varint.push(zigzag);
      break;
    }
    varint.push((zigzag % 128) | 0x80);
  }
  footer.splice(at + 2, 1, ...varint);
  const tail = new Uint8Array(8);
  new DataView(tail.buffer).setUint32(0, footer.length, true);
  tail.set(new TextEncoder().encode("PAR1"), 4);
  return new Uint8Array([...file.subarray(0, file.length - 8 - footerLength), ...footer, ...tail]);
}

describe("a Parquet file with more rows than the page can hold", () => {
  it("is refused from its footer before a row is decoded, in the user's language, and the page keeps working", async () => {
    const tooMany = MAX_BROWSER_VALUES + 1; // one column
    const file = path.join(folder, "all-years.parquet");
    writeFileSync(file, parquetClaimingRows(tooMany));
    const { app, page, error } = await dropRefused(file);
    expect(await error.textContent()).toContain(
      `all-years.parquet has more rows than this browser tab can hold (${tooMany.toLocaleString("en")} > ${MAX_BROWSER_VALUES.toLocaleString("en")} rows for its number of columns)`,
    );
    await page.getByTestId("language").selectOption("zh-Hant");
    expect(await error.textContent()).toContain("all-years.parquet 列數太多");
    await page.screenshot({ path: `${SHOTS}row-limit-zh-Hant-1280.png` });
    await page.getByTestId("language").selectOption("en");

    await page.getByTestId("sample-small-shop").click();
    await page.getByTestId("quality-report").waitFor();
    expect(app.consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe("a file that fits alone but not beside the files already loaded", () => {
  it("is refused before a row is decoded, and what was loaded stays", async () => {
    // Exactly as many values as the page holds: alone it would be let through.
    const file = path.join(folder, "all-customers.parquet");
    writeFileSync(file, parquetClaimingRows(MAX_BROWSER_VALUES));
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId("sample-small-shop").click();
    await page.getByTestId("quality-report").waitFor();
    const rowsRead = await page.getByTestId("rows-read").textContent();
    await page.getByTestId("file-input").setInputFiles(file);
    const error = page.getByTestId("error").first();
    await error.waitFor();
    expect(await error.textContent()).toMatch(/all-customers\.parquet was not loaded: together with the files already loaded it is more than this browser tab can hold \(\d+ % of it\)/);
    await page.getByTestId("language").selectOption("zh-Hans");
    expect(await error.textContent()).toContain("all-customers.parquet 未载入");
    await page.screenshot({ path: `${SHOTS}total-limit-zh-Hans-1280.png` });
    await page.getByTestId("language").selectOption("en");
    await page.screenshot({ path: `${SHOTS}total-limit-en-1280.png` });
    await page.getByTestId("language").selectOption("en");
    expect(await page.getByTestId("source-card").count()).toBe(1);
    expect(await page.getByTestId("rows-read").textContent()).toBe(rowsRead);
    expect(app.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
