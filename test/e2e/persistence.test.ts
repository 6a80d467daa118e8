import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness";
import { POLL, SHOTS, expectClean } from "./checks";


let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});


/** The session document the page keeps in OPFS, or null. */
async function savedSession(page: Page): Promise<{ files: { fileName: string }[]; settings: Record<string, unknown> } | null> {
  return page.evaluate(async () => {
    try {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle("crm-studio");
      return JSON.parse(await (await (await root.getFileHandle("session.json")).getFile()).text());
    } catch {
      return null;
    }
  });
}

const kpi = (page: Page, id: string) => page.getByTestId(`kpi-${id}`).locator(".kpi-value").textContent();

// Four customers of another shop, one of them with two lines of one order.
const EXTRA = ["customer,date,total,order", "Z1,2025-01-10,10,Q1", "Z1,2025-01-10,5,Q1", "Z2,2025-02-11,20,Q2", "Z3,2025-03-12,30,Q3", "Z4,2025-04-13,40,Q4"].join("\n");

describe("reload without losing anything", () => {
  it("brings back files, mappings, drop-duplicates, the as-of date, the page and the language", async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId("sample-small-shop").click();
    await page.getByTestId("open-overview").waitFor();
    await page.getByTestId("file-input").setInputFiles({ name: "extra.csv", mimeType: "text/csv", buffer: Buffer.from(EXTRA) });
    await expect.poll(() => page.getByTestId("rows-read").textContent(), POLL).toBe("13,985");
    const extraCard = page.getByTestId("source-card").nth(1);
    await expect.poll(() => extraCard.getByTestId("map-order_id").inputValue(), POLL).toBe("order");
    // Without order ids, one order = one customer-day: Z1's two lines stay one order either way.
    await extraCard.getByTestId("map-order_id").selectOption("");
    await page.getByTestId("apply-mapping").click();
    await page.getByTestId("apply-mapping").waitFor({ state: "detached" });
    await page.getByTestId("drop-duplicates").check();
    await expect.poll(() => page.getByTestId("rows-used").textContent(), POLL).toBe("13,910"); // 13,911 + 5 − 6 duplicates
    const before = {
      rowsRead: await page.getByTestId("rows-read").textContent(),
      rowsUsed: await page.getByTestId("rows-used").textContent(),
      excluded: await page.getByTestId("rows-excluded").textContent(),
    };
    expect(before.rowsRead).toBe("13,985");
    expect(await page.getByTestId("error").count()).toBe(0);
    await page.getByTestId("storage-saved").waitFor();
    await page.screenshot({ path: `${SHOTS}storage-en-1280.png`, fullPage: true });

    await page.getByTestId("open-overview").click();
    await expect.poll(() => kpi(page, "customers"), POLL).toBe("3,404"); // the sample's 3,400 and Z1–Z4
    await page.getByTestId("as-of").fill("2025-01-01");
    await page.getByTestId("as-of").dispatchEvent("change");
    await expect.poll(() => kpi(page, "customers"), POLL).not.toBe("3,404");
    // A view's own setting (kept by the view-settings store): cohorts by quarter.
    await page.getByTestId("tab-cohorts").click();
    await page.getByTestId("cohorts-period").selectOption("quarter");
    await page.getByTestId("tab-overview").click();
    await page.getByTestId("language").selectOption("zh-Hans");
    const figures = { customers: await kpi(page, "customers"), orders: await kpi(page, "orders"), revenue: await kpi(page, "revenue") };
    await expect.poll(async () => (await savedSession(page))?.settings, POLL).toMatchObject({ asOfDate: "2025-01-01", page: "overview", locale: "zh-Hans", dropDuplicates: true, views: { cohorts: { period: "quarter" } } });

    await page.reload();
    await page.getByTestId("restoring").waitFor();
    await page.screenshot({ path: `${SHOTS}restoring-zh-Hans-1280.png` });
    await page.getByTestId("kpi-customers").waitFor({ timeout: 60_000 });
    await expect.poll(() => kpi(page, "revenue"), POLL).toBe(figures.revenue);
    expect(await kpi(page, "customers")).toBe(figures.customers);
    expect(await kpi(page, "orders")).toBe(figures.orders);
    expect(await page.getByTestId("as-of").inputValue()).toBe("2025-01-01");
    expect(await page.getByTestId("tab-overview").textContent()).toBe("概览");

    await page.getByTestId("tab-cohorts").click();
    expect(await page.getByTestId("cohorts-period").inputValue()).toBe("quarter");
    await page.getByTestId("tab-data").click();
    expect(await page.getByTestId("source-card").count()).toBe(2);
    expect(await page.getByTestId("source-card").nth(1).locator("h3").textContent()).toBe("extra.csv");
    expect(await page.getByTestId("source-card").nth(1).getByTestId("map-order_id").inputValue()).toBe("");
    expect(await page.getByTestId("drop-duplicates").isChecked()).toBe(true);
    expect({
      rowsRead: await page.getByTestId("rows-read").textContent(),
      rowsUsed: await page.getByTestId("rows-used").textContent(),
      excluded: await page.getByTestId("rows-excluded").textContent(),
    }).toEqual(before);
    expect(await page.getByTestId("error").count()).toBe(0);
    await page.getByTestId("storage-saved").waitFor();
    expect(await page.getByTestId("storage-summary").textContent()).toContain("2 个文件");
    for (const locale of ["zh-Hans", "zh-Hant", "en"]) {
      await page.getByTestId("language").selectOption(locale);
      await page.getByTestId("storage-panel").screenshot({ path: `${SHOTS}storage-panel-${locale}.png` });
    }
    expectClean(app);
    await page.context().close();
  });
});

describe("a browser restart", () => {
  it("keeps the data in the profile, and forgets it when asked", async () => {
    const profile = mkdtempSync(path.join(tmpdir(), "crm-studio-profile-"));
    try {
      let app = await harness.open(undefined, { userDataDir: profile });
      await app.page.getByTestId("sample-classroom").click();
      await app.page.getByTestId("quality-report").waitFor();
      await app.page.getByTestId("storage-saved").waitFor();
      expectClean(app);
      await app.page.context().close();

      app = await harness.open(undefined, { userDataDir: profile });
      const { page } = app;
      await page.getByTestId("quality-report").waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("rows-read").textContent()).toBe("60");
      expect(await page.getByTestId("source-card").count()).toBe(1);

      await page.getByTestId("forget-data").click();
      await page.screenshot({ path: `${SHOTS}storage-forget-confirm-en.png`, fullPage: true });
      await page.getByTestId("forget-confirm").click();
      await expect.poll(() => page.getByTestId("source-card").count(), POLL).toBe(0);
      await expect.poll(() => page.getByTestId("quality-report").count(), POLL).toBe(0);
      await expect.poll(() => savedSession(page), POLL).toBeNull();
      await page.reload();
      await page.getByTestId("storage-panel").waitFor();
      await page.waitForTimeout(500);
      expect(await page.getByTestId("source-card").count()).toBe(0);
      expect(await page.getByTestId("forget-data").count()).toBe(0);
      expectClean(app);
      await page.context().close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe("a file too large to keep", () => {
  it("says so, still works for the session, and is named again after a reload", async () => {
    const app = await harness.open();
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Storage.overrideQuotaForOrigin", { origin: harness.origin, quotaSize: 200_000 });
    await page.getByTestId("sample-small-shop").click();
    await page.getByTestId("storage-not-kept").waitFor();
    expect(await page.getByTestId("storage-not-kept").textContent()).toContain("small-shop.csv");
    await page.screenshot({ path: `${SHOTS}storage-not-kept-en.png`, fullPage: true });
    await page.getByTestId("open-overview").click();
    expect(await kpi(page, "customers")).toBe("3,400");

    await page.reload();
    await page.getByTestId("storage-not-restored").waitFor();
    expect(await page.getByTestId("storage-not-restored").textContent()).toContain("small-shop.csv");
    expect(await page.getByTestId("source-card").count()).toBe(0);
    expectClean(app);
    await page.context().close();
  });
});

describe("offline", () => {
  it("after one visit, the app, DuckDB and the sample load with the server gone", async () => {
    const own = await startHarness();
    try {
      const app = await own.open();
      const { page } = app;
      await page.getByTestId("offline-ready").waitFor({ timeout: 60_000 });
      await page.context().setOffline(true);
      // Really gone, not just emulated: the service worker's own requests would bypass the emulation.
      (own.server.httpServer as Server).closeAllConnections();
      await new Promise<void>((resolve) => own.server.httpServer.close(() => resolve()));

      await page.reload();
      await page.getByTestId("sample-small-shop").click();
      await page.getByTestId("open-overview").click({ timeout: 60_000 });
      expect(await kpi(page, "customers")).toBe("3,400");
      await page.locator(".chart-body svg").first().waitFor();
      await page.screenshot({ path: `${SHOTS}offline-overview-en.png`, fullPage: true });
      expect(app.offOriginRequests).toEqual([]);
      await page.context().close();
    } finally {
      await own.close();
    }
  });
});
