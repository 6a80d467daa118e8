import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/cli/args";
import { clvCommand, clvOptionsFromFlags } from "../../../src/analyses/clv/cli";
import { sharedData, testDatabase } from "../../helpers/db";
import { expectSignificant } from "./significant";

describe("crm-studio clv", () => {
  it("fits CLVTools' cdnow.csv read through the normal file loading and prints the issue's JSON and CSV", async () => {
    const db = await testDatabase();
    const { json, csv } = await clvCommand.run(db, {
      input: sharedData("clvtools/cdnow.csv"),
      customer: "Id",
      date: "Date",
      amount: "Price",
      "as-of": "1998-06-30",
      "calibration-end": "1997-09-30",
      model: "bgnbd",
      horizon: "39",
    });
    const output = json as {
      model: { name: string; params: Record<string, number>; standard_errors: Record<string, number>; log_likelihood: number; converged: boolean };
      gamma_gamma: { p: number; q: number; gamma: number; log_likelihood: number };
      customers: Record<string, number | string | null>[];
    };
    expect(output.model.name).toBe("bgnbd");
    expect(output.model.converged).toBe(true);
    expectSignificant(output.model.params.r!, 0.2426);
    expect(output.model.log_likelihood).toBeCloseTo(-9582.43, 2);
    expectSignificant(output.gamma_gamma.p, 6.2496);
    expect(output.customers).toHaveLength(2357);
    expect(Object.keys(output.customers[0]!)).toEqual([
      "customer_id",
      "x",
      "t_x",
      "T",
      "p_alive",
      "expected_purchases",
      "expected_spend",
      "clv",
      "holdout_purchases",
      "predicted_holdout_purchases",
    ]);
    // Customer 1: x = 2, t_x = 30.43, T = 38.86: the spot check 1.226 purchases in the next 39 weeks.
    expect(output.customers.find((row) => row.customer_id === "1")).toMatchObject({ x: 2, expected_purchases: expect.closeTo(1.226, 3), holdout_purchases: 1 });
    expect(csv).toContain("# parameters\nmodel,parameter,value,standard_error\nbgnbd,r,");
    expect(csv).toContain("# customers\ncustomer_id,x,t_x,T,p_alive,expected_purchases,expected_spend,clv,holdout_purchases,predicted_holdout_purchases\n");
  });

  it("checks its flags", () => {
    const asOf = "1998-06-30";
    expect(clvOptionsFromFlags({}, asOf)).toMatchObject({ model: "bgnbd", timeUnit: "week", horizon: 52, calibrationEnd: asOf, clvMonths: 12, monthlyDiscountRate: 0.01, margin: 1 });
    expect(clvOptionsFromFlags({ "time-unit": "day" }, asOf).horizon).toBe(365);
    expect(() => clvOptionsFromFlags({ model: "bgbb" }, asOf)).toThrow(UsageError);
    expect(() => clvOptionsFromFlags({ "calibration-end": "1998-07-01" }, asOf)).toThrow(/on or before the as-of date/);
    expect(() => clvOptionsFromFlags({ horizon: "-3" }, asOf)).toThrow(UsageError);
    expect(() => clvOptionsFromFlags({ margin: "30" }, asOf)).toThrow(/≤ 1/);
  });
});
