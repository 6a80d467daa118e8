import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type AppPage, type Harness } from "./harness";
import { SHOTS, expectClean } from "./checks";


let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});


async function runSql(app: AppPage, sql: string): Promise<void> {
  await app.page.getByTestId("console-sql").fill(sql);
  await app.page.getByTestId("console-run").click();
  // The click starts the run at once (the button turns disabled); enabled again = this query's answer is shown.
  await expect.poll(() => app.page.getByTestId("console-run").isEnabled(), { timeout: 60_000 }).toBe(true);
}

describe("SQL console", () => {
  it("runs queries over the tables and the analyses' views, downloads them and shows syntax errors", async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId("sample-small-shop").click();
    await page.getByTestId("quality-report").waitFor();
    await page.getByTestId("tab-sql").click();
    await page.getByTestId("console").waitFor();

    // sample-data/README.md: 13,911 rows used, 3,400 customers.
    await runSql(app, "SELECT count(*) AS rows_used, count(DISTINCT customer_id) AS customers FROM transactions;");
    expect(await page.getByTestId("console-result").locator("tbody td").allTextContents()).toEqual(["13911", "3400"]);
    expect(await page.getByTestId("console-row-count").textContent()).toContain("1 rows");

    // A large result: counted in full, only the first rows shown.
    await runSql(app, "SELECT customer_id, order_date, amount FROM transactions ORDER BY order_date, customer_id");
    expect(await page.getByTestId("console-row-count").textContent()).toContain("First 200 of 13,911 rows");
    expect(await page.getByTestId("console-result").locator("tbody tr").count()).toBe(200);
    expect(await page.getByTestId("console-result").locator("tbody tr").first().locator("td").nth(1).textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("console-download").click()]);
    expect(download.suggestedFilename()).toBe("query-result.csv");

    // The analyses' results are views with the page's current settings.
    await runSql(app, "SELECT customers FROM overview_metrics");
    expect(await page.getByTestId("console-result").locator("tbody td").first().textContent()).toBe("3400");
    await runSql(app, "SELECT tier, customers FROM pyramid_tiers ORDER BY tier");
    expect(await page.getByTestId("console-result").locator("tbody tr").count()).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: `${SHOTS}console-en-1280.png` });

    await runSql(app, "SELEC customer_id FROM transactions");
    const error = await page.getByTestId("console-error").textContent();
    expect(error).toMatch(/^Parser Error: syntax error at or near "SELEC"/);
    expect(error).not.toMatch(/\n|at .*\.js/);
    await page.screenshot({ path: `${SHOTS}console-error-en-1280.png` });

    await runSql(app, "SELECT * FROM no_such_table");
    expect(await page.getByTestId("console-error").textContent()).toMatch(/^Catalog Error: Table with name no_such_table does not exist/);

    for (const locale of ["zh-Hans", "zh-Hant"] as const) {
      await page.getByTestId("language").selectOption(locale);
      await runSql(app, "SELECT segment, count(*) AS customers FROM rfm_customers GROUP BY segment ORDER BY customers DESC");
      expect(await page.getByTestId("console-result").locator("tbody tr").count()).toBeGreaterThan(3);
      await page.screenshot({ path: `${SHOTS}console-${locale}-1280.png` });
    }
    expectClean(app);
    await page.context().close();
  });

  it("opens a view's query from its Show SQL panel", async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId("sample-small-shop").click();
    await page.getByTestId("open-overview").click();
    await page.getByTestId("kpi-customers").waitFor();
    await page.locator(".sql-panel summary").click();
    await page.getByTestId("open-in-console").click();
    await page.getByTestId("console").waitFor();
    const sql = await page.getByTestId("console-sql").inputValue();
    expect(sql).toContain("FROM transactions");
    expect(sql).toContain("repeat_purchase_rate");
    await runSql(app, sql);
    expect(await page.getByTestId("console-error").count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}console-from-view-en-1280.png` });
    expectClean(app);
    await page.context().close();
  });
});
