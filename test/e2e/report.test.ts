import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness";
import { SHOTS, expectClean } from "./checks";


let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});


describe("printable report", () => {
  it("lays the chosen views out for print, without controls, in each language", async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId("sample-small-shop").click();
    await page.getByTestId("quality-report").waitFor();
    await page.getByTestId("open-report").click();
    await page.getByTestId("report").waitFor();
    for (const id of ["rfm", "cohorts", "churn"]) {
      const box = page.getByTestId(`report-include-${id}`);
      if ((await box.count()) > 0) await box.uncheck();
    }
    expect(await page.locator(".report-section").count()).toBe(2); // overview and pyramid
    await page.getByTestId("report-section-overview").locator(".chart-body svg").first().waitFor();
    await page.getByTestId("report-section-pyramid").locator(".chart-body svg").first().waitFor();
    expect(await page.getByTestId("report-as-of").textContent()).toBe("As of Jul 1, 2025");
    expect(await page.getByTestId("report-quality").textContent()).toContain("13,980 rows read, 13,911 used");
    await page.screenshot({ path: `${SHOTS}report-screen-en-1280.png` });

    await page.emulateMedia({ media: "print" });
    // Print drops the app's header, the report's toolbar, buttons, inputs and SQL panels; charts and tables stay.
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    expect(await page.getByTestId("report-print").isVisible()).toBe(false);
    expect(await page.locator(".sql-panel").first().isVisible()).toBe(false);
    expect(await page.locator(".pyramid-controls input").first().isVisible()).toBe(false);
    expect(await page.getByTestId("report-section-overview").locator(".chart-body svg").first().isVisible()).toBe(true);
    expect(await page.getByTestId("overview-kpis").isVisible()).toBe(true);
    expect(await page.getByTestId("report-quality").isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}report-print-en-1280.png`, fullPage: true });
    const pdf = `${SHOTS}report-en.pdf`;
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(20_000);

    for (const [locale, asOf] of [["zh-Hans", "分析日期：2025年7月1日"], ["zh-Hant", "分析日期：2025年7月1日"]] as const) {
      await page.emulateMedia({ media: "screen" }); // the language switch is not printed
      await page.getByTestId("language").selectOption(locale);
      await page.emulateMedia({ media: "print" });
      expect(await page.getByTestId("report-as-of").textContent()).toBe(asOf);
      await page.screenshot({ path: `${SHOTS}report-print-${locale}-1280.png`, fullPage: true });
    }
    expect(await page.locator(".report-head h1").textContent()).toBe("客戶分析報告");
    expectClean(app);
    await page.context().close();
  });
});
