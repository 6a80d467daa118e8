import { beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../../src/cli/args";
import { periodOption, thresholdOption } from "../../../src/analyses/churn/cli-options";
import { churnCommand } from "../../../src/analyses/churn/cli";
import { buildChurnOutput } from "../../../src/analyses/churn/cli-output";
import { testDatabase } from "../../helpers/db";
import { CDNOW_SAMPLE } from "./cdnow-data";
import { FIXTURE_ROWS, loadRows } from "./fixture";

describe("crm-studio churn output", () => {
  beforeAll(async () => loadRows(await testDatabase(), FIXTURE_ROWS));

  it("prints threshold_days, status counts, periods and the customer list with the issue's keys", async () => {
    const { json } = await buildChurnOutput(await testDatabase(), { asOfDate: "2024-04-30", period: "month", thresholdDays: 30 });
    expect(json.threshold_days).toBe(30);
    expect(json.status).toEqual({ new: 1, active: 1, reactivated: 2, at_risk: 2, churned: 2 });
    expect(json.partial_period).toBeNull();
    expect(json.periods[0]).toEqual({ period: "2024-01", active: 3, retained: 0, attrition_rate: 2 / 3, retention_rate: 1 / 3, new: 3, resurrected: 0, churned: 0 });
    expect(Object.keys(json.periods[0]!)).toEqual(["period", "active", "retained", "attrition_rate", "retention_rate", "new", "resurrected", "churned"]);
    expect(json.customers[1]).toEqual({ customer_id: "B", last_purchase: "2024-03-31", days_since: 30, status: "at_risk" });
    expect(json.customers.map((customer) => customer.customer_id)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
  });

  it("derives the threshold when none is given and names the partial period", async () => {
    const { json, csv } = await buildChurnOutput(await testDatabase(), { asOfDate: "2024-05-10", period: "quarter" });
    // gaps 13 (A: 04-20 → 05-03), 15, 21, 26, 32, 71, 75, 101: rank ceil(0.9 × 8) = 8 → 101
    expect(json.threshold_days).toBe(101);
    expect(json.partial_period).toBe("2024-Q2");
    expect(json.periods.map((row) => row.period)).toEqual(["2024-Q1", "2024-Q2"]);
    expect(csv.split("\n").slice(0, 3)).toEqual(["# settings", "as_of_date,period,threshold_days,partial_period", "2024-05-10,quarter,101,2024-Q2"]);
    // A: 7 days since 05-03, no gap over 101 days → active
    expect(csv).toContain("# customers\ncustomer_id,last_purchase,days_since,status\nA,2024-05-03,7,active\n");
  });

  it("checks --period and --threshold-days", () => {
    expect(periodOption({})).toBe("month");
    expect(periodOption({ period: "week" })).toBe("week");
    expect(() => periodOption({ period: "year" })).toThrow(UsageError);
    expect(thresholdOption({})).toBeUndefined();
    expect(thresholdOption({ "threshold-days": "60" })).toBe(60);
    for (const bad of ["0", "1.5", "-3", "sixty", "10001"]) expect(() => thresholdOption({ "threshold-days": bad })).toThrow(UsageError);
  });
});

describe("crm-studio churn on CDNOW_sample.txt", () => {
  const mapping = { input: CDNOW_SAMPLE, customer: "column_2", date: "column_3", amount: "column_5" };

  it("reads, maps and reports the same figures as cdnow.test.ts", async () => {
    const { json } = (await churnCommand.run(await testDatabase(), { ...mapping, period: "quarter" })) as { json: Record<string, unknown> };
    expect(json).toMatchObject({
      as_of_date: "1998-07-01",
      threshold_days: 196,
      status: { new: 0, active: 233, reactivated: 230, at_risk: 72, churned: 1822 },
      partial_period: "1998-Q3",
    });
    expect((json.periods as { period: string; new: number }[]).map((row) => [row.period, row.new])).toEqual([
      ["1997-Q1", 2357], ["1997-Q2", 0], ["1997-Q3", 0], ["1997-Q4", 0], ["1998-Q1", 0], ["1998-Q2", 0], ["1998-Q3", 0],
    ]);
    expect(json.customers).toHaveLength(2357);
  });

  it("uses --threshold-days and --as-of", async () => {
    const { json } = (await churnCommand.run(await testDatabase(), { ...mapping, "threshold-days": "365", "as-of": "1998-01-01" })) as { json: Record<string, unknown> };
    expect(json).toMatchObject({ as_of_date: "1998-01-01", threshold_days: 365, partial_period: "1998-01" });
    expect((json.periods as unknown[]).length).toBe(13); // Jan 1997 … Jan 1998, January 1998 holding only its first day
  });

  it("rejects a wrong --period before reading the file", async () => {
    await expect(churnCommand.run(await testDatabase(), { ...mapping, period: "day" })).rejects.toThrow(UsageError);
  });
});
