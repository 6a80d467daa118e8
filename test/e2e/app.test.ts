import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeLegacy } from "../helpers/legacy-encoding";
import { startHarness, type Harness } from "./harness";
import { POLL, SHOTS, expectClean } from "./checks";


let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});


describe("sample data → overview", () => {
  it("loads the small-shop sample, reports its quality and shows the overview in three languages", async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId("sample-small-shop").click();
    await page.getByTestId("quality-report").waitFor();
    // sample-data/README.md: 13,980 rows, 69 without a customer id (excluded), 6 exact duplicates (kept).
    expect(await page.getByTestId("rows-read").textContent()).toBe("13,980");
    expect(await page.getByTestId("rows-used").textContent()).toBe("13,911");
    expect(await page.getByTestId("reason-missing_customer_id").locator(".reason-count").textContent()).toBe("69");
    await page.screenshot({ path: `${SHOTS}data-en-1280.png`, fullPage: true });

    await page.getByTestId("open-overview").click();
    await page.getByTestId("kpi-customers").waitFor();
    expect(await page.getByTestId("kpi-customers").locator(".kpi-value").textContent()).toBe("3,400");
    expect(await page.getByTestId("kpi-revenue").locator(".kpi-value").textContent()).toBe("220,595.63");
    expect(await page.getByTestId("as-of").inputValue()).toBe("2025-07-01");
    await page.locator(".chart-body svg").first().waitFor();
    expect(await page.locator(".chart-body svg").count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: `${SHOTS}overview-en-1280.png`, fullPage: true });

    await page.getByTestId("language").selectOption("zh-Hans");
    expect(await page.getByTestId("tab-overview").textContent()).toBe("概览");
    expect(await page.getByTestId("kpi-customers").locator(".kpi-label").textContent()).toBe("客户数");
    await page.screenshot({ path: `${SHOTS}overview-zh-Hans-1280.png`, fullPage: true });

    await page.getByTestId("language").selectOption("zh-Hant");
    expect(await page.getByTestId("tab-overview").textContent()).toBe("概覽");
    expect(await page.getByTestId("kpi-customers").locator(".kpi-label").textContent()).toBe("客戶數");
    await page.screenshot({ path: `${SHOTS}overview-zh-Hant-1280.png`, fullPage: true });

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId("language").selectOption("en");
    await page.screenshot({ path: `${SHOTS}overview-en-1440.png`, fullPage: true });

    // Changing the as-of date recomputes: by 2024-01-01 only 2023's customers count.
    await page.getByTestId("as-of").fill("2024-01-01");
    await page.getByTestId("as-of").dispatchEvent("change");
    await expect.poll(() => page.getByTestId("kpi-customers").locator(".kpi-value").textContent(), POLL).not.toBe("3,400");
    expectClean(app);
    await page.context().close();
  });
});

// A Chinese shop export: GBK, semicolons, CRLF, ￥ amounts (GBK has the full-width sign) with thousands separators, a (12.50) refund,
// mixed date formats, one row without a customer id, one unreadable date and one unreadable amount.
const MESSY = [
  "会员ID;下单时间;实付金额;订单号;备注",
  "00042;2024/3/5;￥1,234.50;A1;首单",
  "00042;2024年4月1日;￥200;A2;",
  "00042;2024-04-20;(12.50);A2;退款",
  "7;20240402;￥88;A3;",
  "7;05.05.2024;￥12;A4;",
  ";2024-05-06;￥50;A5;无会员",
  "9;not a date;￥10;A6;",
  "9;2024-05-07;n/a;A7;",
  "9;2024-05-08 10:30;￥30;A8;",
].join("\r\n");

describe("a messy file through the file input", () => {
  it("suggests a mapping, takes a fix, reports every excluded row and downloads them", async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId("file-input").setInputFiles({ name: "订单导出.csv", mimeType: "text/csv", buffer: Buffer.from(encodeLegacy(MESSY, "gbk")) });
    const card = page.getByTestId("source-card");
    await card.waitFor();
    expect(await card.locator("h3").textContent()).toBe("订单导出.csv");
    expect(await page.getByTestId("map-customer_id").inputValue()).toBe("会员ID");
    expect(await page.getByTestId("map-order_date").inputValue()).toBe("下单时间");
    expect(await page.getByTestId("map-amount").inputValue()).toBe("实付金额");
    expect(await page.getByTestId("map-order_id").inputValue()).toBe("订单号");

    await page.getByTestId("quality-report").waitFor();
    expect(await page.getByTestId("rows-read").textContent()).toBe("9");
    expect(await page.getByTestId("rows-used").textContent()).toBe("6");
    for (const reason of ["missing_customer_id", "unparseable_date", "unparseable_amount", "refund"]) {
      expect(await page.getByTestId(`reason-${reason}`).locator(".reason-count").textContent(), reason).toBe("1");
    }

    // Fix a mapping: the order id column is not wanted → each customer-day becomes one order.
    await page.getByTestId("map-order_id").selectOption("");
    await page.getByTestId("apply-mapping").click();
    await page.getByTestId("open-overview").waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-excluded").click()]);
    const csv = readFileSync((await download.path()) as string, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("missing_customer_id");
    expect(csv).toContain("not a date");
    expect(csv).toContain("n/a");

    await page.getByTestId("open-overview").click();
    await page.getByTestId("kpi-customers").waitFor();
    // Customers 00042, 7, 9 (ids stay text); orders by customer-day: 00042 × 2, 7 × 2, 9 × 1 = 5.
    expect(await page.getByTestId("kpi-customers").locator(".kpi-value").textContent()).toBe("3");
    expect(await page.getByTestId("kpi-orders").locator(".kpi-value").textContent()).toBe("5");
    // 1,234.50 + 200 − 12.50 + 88 + 12 + 30 = 1,552.00
    expect(await page.getByTestId("kpi-revenue").locator(".kpi-value").textContent()).toBe("1,552.00");
    await page.screenshot({ path: `${SHOTS}messy-overview-en.png`, fullPage: true });
    expectClean(app);
    await page.context().close();
  });

  it("explains a broken file in the user's language and keeps what was loaded", async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId("sample-classroom").click();
    await page.getByTestId("quality-report").waitFor();
    await page.getByTestId("file-input").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('[{"id": 1,') });
    const error = page.getByTestId("error");
    await error.waitFor();
    const text = (await error.textContent()) ?? "";
    expect(text).toContain("broken.json");
    expect(text).not.toMatch(/\n\s+at |\.ts:\d+/);
    expect(await page.getByTestId("source-card").count()).toBe(1);
    expect(await page.getByTestId("rows-read").textContent()).toBe("60");
    await page.screenshot({ path: `${SHOTS}error-en.png`, fullPage: true });
    // A teacher switching the language mid-class sees the message in the new language too.
    await page.getByTestId("language").selectOption("zh-Hant");
    await expect.poll(() => error.textContent(), POLL).not.toBe(text);
    const translated = (await error.textContent()) ?? "";
    expect(translated).toContain("broken.json");
    expect(translated).toMatch(/[\u4e00-\u9fff]/);
    await page.screenshot({ path: `${SHOTS}error-zh-Hant.png`, fullPage: true });
    expect(app.offOriginRequests).toEqual([]);
    await page.context().close();
  });
});

describe("a large file", () => {
  it("shows progress while 300,000 rows load, then the overview", async () => {
    const app = await harness.open();
    const { page } = app;
    const lines = ["customer_id,order_date,amount"];
    for (let i = 0; i < 300_000; i++) lines.push(`C${i % 50_000},2024-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")},${(i % 97) + 0.5}`);
    const buffer = Buffer.from(lines.join("\n"));
    await page.getByTestId("file-input").setInputFiles({ name: "large.csv", mimeType: "text/csv", buffer });
    await page.getByTestId("progress").waitFor({ timeout: 5_000 });
    await page.getByTestId("quality-report").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("rows-used").textContent()).toBe("300,000");
    expectClean(app);
    await page.context().close();
  });
});

describe("every analysis view", () => {
  it("renders on the small-shop sample in each language without errors", async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId("sample-small-shop").click();
    await page.getByTestId("open-overview").waitFor();
    const tabs = await page.locator("nav.tabs button[data-analysis]").evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-testid") as string));
    expect(tabs.length).toBeGreaterThanOrEqual(5);
    for (const tab of tabs) {
      await page.getByTestId(tab).click();
      await page
        .locator("main svg")
        .first()
        .waitFor({ timeout: 60_000 })
        .catch((error: Error) => {
          throw new Error(`${tab}: no chart rendered (${error.message.split("\n")[0]})`);
        });
      for (const locale of ["en", "zh-Hans", "zh-Hant"]) {
        await page.getByTestId("language").selectOption(locale);
        await page.screenshot({ path: `${SHOTS}${tab.slice(4)}-${locale}-1280.png`, fullPage: true });
      }
      await page.getByTestId("language").selectOption("en");
      expect(await page.locator(".error").count(), tab).toBe(0);
    }
    expectClean(app);
    await page.context().close();
  });
});

describe("reading a file differently", () => {
  it("reads a file again with the separator and header the user chose", async () => {
    const app = await harness.open();
    const { page } = app;
    // The first row's "n/a" sits above numbers, so the first line is taken for column names until the user says otherwise.
    const text = "C1;2024-01-05;n/a\nC2;2024-01-06;20\nC1;2024-02-07;30\n";
    await page.getByTestId("file-input").setInputFiles({ name: "no-header.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
    const card = page.getByTestId("source-card");
    await expect.poll(() => card.locator(".preview th").allTextContents(), POLL).toEqual(["C1", "2024-01-05", "n/a"]);
    await card.locator(".read-options summary").click();
    await page.getByTestId("read-header").selectOption("false");
    await page.getByTestId("read-delimiter").selectOption(";");
    await page.getByTestId("reread").click();
    await expect.poll(() => card.locator(".preview th").allTextContents(), POLL).toEqual(["column_1", "column_2", "column_3"]);
    // Whole numbers without a header are not recognised as amounts: the user says which column it is.
    await page.getByTestId("map-customer_id").selectOption("column_1");
    await page.getByTestId("map-order_date").selectOption("column_2");
    await page.getByTestId("map-amount").selectOption("column_3");
    await page.getByTestId("apply-mapping").click();
    await page.getByTestId("quality-report").waitFor();
    expect(await page.getByTestId("rows-read").textContent()).toBe("3");
    expect(await page.getByTestId("source-card").count()).toBe(1);
    // A panel the user opened stays open, and the select just changed keeps the focus, while the mapping is edited.
    await card.locator(".read-options summary").click();
    await page.getByTestId("map-channel").focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.getByTestId("map-channel").inputValue(), POLL).not.toBe("");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe("map-channel");
    await page.getByTestId("map-channel").selectOption("");
    await page.getByTestId("apply-mapping").click();
    await page.getByTestId("quality-report").waitFor();
    expect(await card.locator(".read-options").getAttribute("open")).not.toBeNull();
    // Read again with the same columns (another encoding): the mapping the user made stays, and so does the report.
    await page.getByTestId("read-encoding").selectOption("windows-1252");
    await page.getByTestId("reread").click();
    await expect.poll(() => card.locator(".source-header .muted").textContent(), POLL).toContain("Latin-1 / Windows-1252");
    await page.getByTestId("quality-report").waitFor();
    expect(await page.getByTestId("map-amount").inputValue()).toBe("column_3");
    expect(await page.getByTestId("rows-read").textContent()).toBe("3");
    expectClean(app);
    await page.context().close();
  });
});
