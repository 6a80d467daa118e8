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


// Each step: its title in English and the view it opens.
const STEPS = [
  ["Customers, orders and revenue", "overview"],
  ["Customer value and the 80/20 rule", "pyramid"],
  ["RFM and the 8 customer classes", "rfm"],
  ["Cohorts and retention", "cohorts"],
  ["Attrition and win-back", "churn"],
  ["Customer lifetime value", "clv"],
] as const;

describe("guided tour", () => {
  it("loads the classroom sample and advances through every concept, opening its view", async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId("start-tour").click();
    await page.getByTestId("tour-sample-classroom").click();
    for (const [index, [title, view]] of STEPS.entries()) {
      await expect.poll(() => page.getByTestId("tour-title").textContent(), POLL).toBe(title);
      expect(await page.getByTestId("tour-formula").textContent()).not.toBe("");
      expect(await page.locator(".tour-count").textContent()).toBe(`Step ${index + 1} of ${STEPS.length}`);
      if ((await page.getByTestId(`tab-${view}`).count()) > 0) {
        await page.getByTestId(view).waitFor();
        expect(await page.getByTestId(`tab-${view}`).getAttribute("class")).toContain("active");
      }
      if (index < STEPS.length - 1) await page.getByTestId("tour-next").click();
    }
    await page.getByTestId("tour-back").click();
    await expect.poll(() => page.getByTestId("tour-title").textContent(), POLL).toBe("Attrition and win-back");
    await page.getByTestId("tour-next").click();
    await page.getByTestId("tour-finish").click();
    expect(await page.getByTestId("tour").count()).toBe(0);
    expectClean(app);
    await page.context().close();
  });

  it("shows each step in three languages and a presentation mode for a 1280×720 projector", async () => {
    const app = await harness.open({ width: 1280, height: 720 });
    const { page } = app;
    await page.getByTestId("start-tour").click();
    await page.screenshot({ path: `${SHOTS}tour-start-en-1280.png` });
    await page.getByTestId("tour-sample-classroom").click();
    await page.getByTestId("overview").waitFor();
    await page.getByTestId("tour-next").click(); // the pyramid: 80/20
    await page.getByTestId("pyramid").locator(".chart-body svg").first().waitFor();
    await page.screenshot({ path: `${SHOTS}tour-pyramid-en-1280.png` });
    await page.getByTestId("language").selectOption("zh-Hans");
    expect(await page.getByTestId("tour-title").textContent()).toBe("客户价值与二八法则");
    await page.screenshot({ path: `${SHOTS}tour-pyramid-zh-Hans-1280.png` });
    await page.getByTestId("tour-next").click(); // RFM and the 8 classes
    expect(await page.locator(".tour-panel").textContent()).toContain("重要价值客户");
    // The RFM step turns the view to the course's 8 classes.
    await expect.poll(() => page.getByTestId("rfm").textContent(), { timeout: 30_000 }).toContain("重要价值客户");
    await page.screenshot({ path: `${SHOTS}tour-rfm-zh-Hans-1280.png` });
    await page.getByTestId("language").selectOption("zh-Hant");
    expect(await page.getByTestId("tour-title").textContent()).toBe("RFM 與八類客戶");
    await page.screenshot({ path: `${SHOTS}tour-rfm-zh-Hant-1280.png` });

    await page.getByTestId("presentation-mode").check();
    const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(rootSize).toBe("21px");
    // The step's text still fits beside the projector's width: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: `${SHOTS}tour-presentation-zh-Hant-1280x720.png` });
    await page.getByTestId("language").selectOption("en");
    await page.screenshot({ path: `${SHOTS}tour-presentation-en-1280x720.png` });
    await page.getByTestId("tour-close").click();
    expect(await page.evaluate(() => document.documentElement.classList.contains("presentation"))).toBe(false);
    expectClean(app);
    await page.context().close();
  });
});
