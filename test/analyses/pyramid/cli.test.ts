import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../../src/cli/args";
import { pyramidCommand } from "../../../src/analyses/pyramid/cli";
import { sharedData, testDatabase } from "../../helpers/db";

async function runCommand(args: string[]) {
  const { options } = parseCommandLine(["pyramid", ...args], pyramidCommand.options);
  return pyramidCommand.run(await testDatabase(), options);
}

type PyramidJson = {
  tiers: { tier: string; customers: number; revenue: number }[];
  pareto: unknown[];
  gini: number | null;
  migration: { from: string; to: string; customers: number }[] | null;
};

describe("crm-studio pyramid", () => {
  it("reads the classroom file with its Chinese headers: 20 customers, all new in the 365 days to 2024-12-01", async () => {
    const { json, csv } = await runCommand(["--input", new URL("../../../sample-data/classroom.csv", import.meta.url).pathname]);
    const output = json as PyramidJson;
    // n = 20: cut-offs ceil(0.2) = 1, ceil(1) = 1, ceil(4) = 4.
    expect(output.tiers.map((tier) => [tier.tier, tier.customers])).toEqual([
      ["top", 1],
      ["big", 0],
      ["medium", 3],
      ["small", 16],
      ["inactive", 0],
    ]);
    expect(output.tiers.reduce((sum, tier) => sum + tier.revenue, 0)).toBe(8190); // the Overview's net revenue
    expect(output.pareto).toHaveLength(100);
    expect(output.migration?.every((cell) => cell.from === "new")).toBe(true); // first purchases from 2024-01-05
    expect(csv.split("\n").filter((line) => line.startsWith("# "))).toEqual(["# tiers", "# pareto", "# migration", "# summary"]);
  });

  it("takes --window-days all on the CDNOW text file: 24 / 94 / 354 / 1,885 customers", async () => {
    const { json } = await runCommand(["--input", sharedData("cdnow_lifetimes/CDNOW_sample.txt"), "--window-days", "all"]);
    const output = json as PyramidJson;
    expect(output.tiers.map((tier) => tier.customers)).toEqual([24, 94, 354, 1885, 0]);
    expect(output.migration).toBeNull();
  });
});
