import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cohortsCommand } from "../../../src/analyses/cohorts/cli";
import { UsageError } from "../../../src/cli/args";
import { testDatabase } from "../../helpers/db";

// The monthly fixture of fixture-rows.ts as a customer's file (E's refund, F after the as-of date).
const csv = `customer,date,order,amount
A,2023-11-10,A1,100
A,2023-12-05,A2,30
A,2023-12-05,A2,20
A,2023-12-20,A2,-20
A,2024-01-15,A3,30
B,2023-11-25,B1,40
B,2024-01-03,B2,60
B,2024-03-02,B3,10
C,2023-12-31,C1,0
C,2024-02-10,C2,25
D,2024-01-20,D1,80
D,2024-02-02,D1,-80
E,2024-01-05,E1,-10
F,2024-03-15,F1,70
G,2023-12-28,G0,-5
G,2024-01-02,G1,45
`;

function fixtureFile(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "cohorts-cli-")), "orders.csv");
  writeFileSync(file, csv);
  return file;
}

const mapping = { customer: "customer", date: "date", order: "order", amount: "amount" };

describe("crm-studio cohorts --input FILE", () => {
  it("defaults to months and to the day after the last purchase (2024-03-16: March is partial, F is a cohort)", async () => {
    const { json } = await cohortsCommand.run(await testDatabase(), { input: fixtureFile(), ...mapping });
    const { cohorts } = json as { cohorts: { cohort: string; size: number; offsets: { k: number; revenue_retention: number | null }[] }[] };
    expect(cohorts.map((row) => [row.cohort, row.size, row.offsets.length])).toEqual([
      ["2023-11", 2, 5],
      ["2023-12", 1, 4],
      ["2024-01", 2, 3],
      ["2024-03", 1, 1], // F's purchase of 2024-03-15
    ]);
    expect(cohorts[1]?.offsets.map((offset) => offset.revenue_retention)).toEqual([null, null, null, null]);
  });

  it("labels week cohorts with the ISO year", async () => {
    const { json } = await cohortsCommand.run(await testDatabase(), { input: fixtureFile(), ...mapping, "as-of": "2024-01-07", period: "week" });
    // C's 2023-12-31 is the Sunday of 2023-W52; G's 2024-01-02 is in 2024-W01 (Monday 2024-01-01)
    expect((json as { cohorts: { cohort: string }[] }).cohorts.map((row) => row.cohort)).toEqual(["2023-W45", "2023-W47", "2023-W52", "2024-W01"]);
  });

  it("rejects an unknown period", async () => {
    await expect(cohortsCommand.run(await testDatabase(), { input: fixtureFile(), ...mapping, period: "year" })).rejects.toThrow(UsageError);
  });
});
