import { readFileSync } from "node:fs";
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


/** What the cohort view shows: its settings and figures (summary line and the triangle's text). */
async function cohortFigures(app: AppPage) {
  const { page } = app;
  // the figures of the period now chosen, not the previous ones still shown while it loads
  await page.locator('[data-testid=cohorts][aria-busy="false"] .cohorts-heatmap svg').first().waitFor();
  return {
    period: await page.getByTestId("cohorts-period").inputValue(),
    measure: await page.getByTestId("cohorts-measure").inputValue(),
    asOf: await page.getByTestId("as-of").inputValue(),
    summary: await page.getByTestId("cohorts-summary").textContent(),
    triangle: await page.locator(".cohorts-heatmap svg").first().textContent(),
  };
}

describe("settings link", () => {
  it("reproduces a view (setting, as-of date, language) on the same data in a fresh page", async () => {
    const teacher = await harness.open();
    await teacher.page.getByTestId("sample-small-shop").click();
    await teacher.page.getByTestId("quality-report").waitFor();
    await teacher.page.getByTestId("tab-cohorts").click();
    await teacher.page.getByTestId("cohorts-period").selectOption("quarter");
    await teacher.page.getByTestId("cohorts-measure").selectOption("revenue_retention");
    await teacher.page.getByTestId("as-of").fill("2025-01-01");
    await teacher.page.getByTestId("as-of").dispatchEvent("change");
    await teacher.page.getByTestId("language").selectOption("zh-Hans");
    await expect.poll(() => teacher.page.getByTestId("cohorts-summary").textContent(), { timeout: 30_000 }).toContain("同期群");
    const expected = await cohortFigures(teacher);
    expect(expected).toMatchObject({ period: "quarter", measure: "revenue_retention", asOf: "2025-01-01" });

    await teacher.page.locator(".share-controls summary").click();
    await teacher.page.getByTestId("share-link").click();
    const link = await teacher.page.getByTestId("settings-link").inputValue();
    expect(link).toMatch(/#settings=[A-Za-z0-9_-]+$/);
    // The link carries settings only: no customer id, file name or amount of the data.
    const carried = JSON.parse(Buffer.from(link.split("#settings=")[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
    expect(Object.keys(carried).sort()).toEqual(["asOfDate", "dropDuplicates", "locale", "page", "version", "views"]);
    expect(JSON.stringify(carried)).not.toMatch(/small-shop|C\d{4}/);
    await teacher.page.screenshot({ path: `${SHOTS}share-link-zh-Hans-1280.png` });
    expectClean(teacher);
    await teacher.page.context().close();

    const student = await harness.open();
    await student.page.goto(link);
    // Until the data is loaded, the page says the link's settings are waiting (already in the link's language).
    await student.page.getByTestId("pending-settings").waitFor();
    expect(await student.page.getByTestId("language").inputValue()).toBe("zh-Hans");
    expect(student.page.url()).not.toContain("#settings=");
    await student.page.screenshot({ path: `${SHOTS}share-pending-zh-Hans-1280.png` });
    await student.page.getByTestId("sample-small-shop").click();
    await student.page.getByTestId("cohorts").waitFor();
    expect(await cohortFigures(student)).toEqual(expected);
    expect(await student.page.getByTestId("pending-settings").count()).toBe(0);
    await student.page.screenshot({ path: `${SHOTS}share-reproduced-zh-Hans-1280.png` });
    expectClean(student);
    await student.page.context().close();
  });

  it("saves the settings as a JSON file and opens it again", async () => {
    const first = await harness.open();
    await first.page.getByTestId("sample-small-shop").click();
    await first.page.getByTestId("quality-report").waitFor();
    await first.page.getByTestId("tab-cohorts").click();
    await first.page.getByTestId("cohorts-period").selectOption("week");
    await first.page.getByTestId("language").selectOption("zh-Hant");
    const expected = await cohortFigures(first);
    await first.page.locator(".share-controls summary").click();
    await first.page.screenshot({ path: `${SHOTS}share-panel-zh-Hant-1280.png` });
    const [download] = await Promise.all([first.page.waitForEvent("download"), first.page.getByTestId("settings-save").click()]);
    const path = await download.path();
    const text = readFileSync(path, "utf8");
    expect(JSON.parse(text)).toMatchObject({ kind: "crm-studio-settings", locale: "zh-Hant", page: "cohorts", views: { cohorts: { period: "week" } } });
    await first.page.context().close();

    const second = await harness.open();
    await second.page.getByTestId("sample-small-shop").click();
    await second.page.getByTestId("quality-report").waitFor();
    await second.page.getByTestId("tab-overview").click();
    await second.page.locator(".share-controls summary").click();
    await second.page.getByTestId("settings-file").setInputFiles({ name: "settings.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await second.page.getByTestId("cohorts").waitFor();
    expect(await cohortFigures(second)).toEqual(expected);
    expect(await second.page.getByTestId("tab-cohorts").textContent()).toBe("同期群");

    // Another JSON file is refused with a message, nothing changes.
    await second.page.getByTestId("tab-overview").click();
    await second.page.locator(".share-controls summary").click();
    await second.page.getByTestId("settings-file").setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"locale":"en"}') });
    await expect.poll(() => second.page.locator(".share-controls .error").textContent(), { timeout: 10_000 }).toContain("other.json");
    expect(await second.page.getByTestId("language").inputValue()).toBe("zh-Hant");
    await second.page.getByTestId("language").selectOption("en");
    await second.page.screenshot({ path: `${SHOTS}share-panel-en-1280.png` });
    expectClean(second);
    await second.page.context().close();
  });
});
