import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatFileSize, MAX_BROWSER_FILE_BYTES } from "../../src/ingest/read/size-limit";
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

describe("a file larger than the page can hold", () => {
  it("is refused with the sizes before it is read, and the page keeps working", async () => {
    // A sparse file: its size is over the limit but it takes no disk space and is never read.
    const huge = path.join(folder, "everything.csv");
    const fd = openSync(huge, "w");
    ftruncateSync(fd, MAX_BROWSER_FILE_BYTES + 50 * 1024 * 1024);
    closeSync(fd);
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId("file-input").setInputFiles(huge);
    const error = page.getByTestId("error").first();
    await error.waitFor();
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
