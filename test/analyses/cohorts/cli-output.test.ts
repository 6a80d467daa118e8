import { describe, expect, it } from "vitest";
import { cohortsCliOutput } from "../../../src/analyses/cohorts/cli-output";
import { testDatabase } from "../../helpers/db";
import { loadFixture, MONTHLY_FIXTURE } from "./fixture-rows";

describe("The cohorts command's output", () => {
  it("lists cohorts with their size and offsets (numbers as in monthly.test.ts)", async () => {
    const db = await testDatabase();
    await loadFixture(db, MONTHLY_FIXTURE);
    const { json, csv } = await cohortsCliOutput(db, { asOfDate: "2024-03-10", period: "quarter" });
    expect(json).toEqual({
      cohorts: [
        {
          cohort: "2023-Q4",
          size: 3,
          offsets: [
            { k: 0, customers: 3, retention: 1, revenue: 170, revenue_retention: 1 },
            { k: 1, customers: 3, retention: 1, revenue: 125, revenue_retention: 125 / 170 },
          ],
        },
        { cohort: "2024-Q1", size: 2, offsets: [{ k: 0, customers: 2, retention: 1, revenue: 40, revenue_retention: 1 }] },
      ],
    });
    expect(csv.split("\n").slice(0, 2)).toEqual(["cohort,size,k,customers,retention,revenue,revenue_retention", "2023-Q4,3,0,3,1,170,1"]);
  });

  it("prints a NULL revenue retention as JSON null and an empty CSV cell", async () => {
    const db = await testDatabase();
    await loadFixture(db, MONTHLY_FIXTURE);
    const { json, csv } = await cohortsCliOutput(db, { asOfDate: "2024-03-10", period: "month" });
    expect(json.cohorts.map((row) => [row.cohort, row.size, row.offsets.length])).toEqual([
      ["2023-11", 2, 5],
      ["2023-12", 1, 4],
      ["2024-01", 2, 3],
    ]);
    expect(json.cohorts[1]?.offsets.map((offset) => offset.revenue_retention)).toEqual([null, null, null, null]);
    expect(csv).toContain("\n2023-12,1,0,1,1,0,\n");
  });
});
