import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { sharedData } from "../helpers/db";

const CLASSROOM = new URL("../../sample-data/classroom.csv", import.meta.url).pathname;
const CDNOW = sharedData("cdnow_lifetimes/CDNOW_sample.txt");

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(
    argv,
    (text) => (stdout += text),
    (text) => (stderr += text),
  );
  return { code, stdout, stderr };
}

describe("crm-studio overview", () => {
  it("prints the classroom figures with the automatic mapping (sample-data/README.md)", async () => {
    const { code, stdout, stderr } = await run("overview", "--input", CLASSROOM);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { metrics, quality } = JSON.parse(stdout);
    expect(metrics).toMatchObject({ as_of_date: "2024-12-01", customers: 20, orders: 60, revenue: 8190, average_order_value: 136.5, repeat_purchase_rate: 0.75, median_days_between_purchases: 11 });
    expect(quality).toMatchObject({ rowsRead: 60, rowsUsed: 60 });
  });

  it("takes mapping flags and an as-of date on the headerless, space-separated CDNOW file", async () => {
    const { code, stdout } = await run("overview", "--input", CDNOW, "--customer", "column_2", "--date", "column_3", "--amount", "column_5", "--as-of", "1997-09-30");
    expect(code).toBe(0);
    const { metrics } = JSON.parse(stdout);
    // The calibration period of the literature ends 1997-09-30 (the as-of day itself counts); every one of
    // the 2,357 customers first bought in Q1 1997.
    expect(metrics.customers).toBe(2357);
    expect(metrics.last_purchase_date).toBe("1997-09-30");
    expect(metrics.as_of_date).toBe("1997-09-30");
  });

  it("prints CSV sections with --format csv", async () => {
    const { code, stdout } = await run("overview", "--input", CLASSROOM, "--format", "csv");
    expect(code).toBe(0);
    const [metrics, monthly] = stdout.split("\n\n");
    expect(metrics?.split("\n")[0]).toBe("# metrics");
    expect(metrics?.split("\n")[2]).toMatch(/^2024-12-01,20,60,8190,136\.5,3,15,0\.75,11,/);
    expect(monthly?.split("\n").slice(0, 3)).toEqual(["# monthly", "month,revenue,active_customers,orders,new_customers,is_partial", expect.stringMatching(/^2024-01-01,/)]);
  });
});

describe("crm-studio profile", () => {
  it("describes a Latin/Mac-Roman, CR-only file and its suggested mapping", async () => {
    const { code, stdout } = await run("profile", "--input", sharedData("superstore_orders/sample-orders.csv"));
    expect(code).toBe(0);
    const profile = JSON.parse(stdout);
    expect(profile.rows).toBe(5009);
    expect(profile.format).toMatchObject({ kind: "delimited", delimiter: ",", lineEnding: "CR", header: true });
    expect(profile.mapping.columns).toMatchObject({ customer_id: "customer", order_date: "order_date", amount: "grand_total", order_id: "order_id" });
    expect(profile.quality).toMatchObject({ rowsRead: 5009, rowsUsed: 5009 });
    expect(profile.columns.find((column: { column: string }) => column.column === "customer").distinct_values).toBe(793);
  });
});

describe("errors", () => {
  it("names the file, the wrong column and the columns there are; exit 2", async () => {
    const { code, stdout, stderr } = await run("overview", "--input", CLASSROOM, "--customer", "nope");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe('crm-studio overview: --customer: the column "nope" is not in classroom.csv. Its columns are: 客户编号, 订单日期, 订单号, 金额\n');
  });

  it("rejects a bad as-of date, an unknown flag, a missing file and an unknown command", async () => {
    expect((await run("overview", "--input", CLASSROOM, "--as-of", "03/05/2024")).stderr).toContain("--as-of must be a date like 2024-03-05");
    expect((await run("overview", "--input", CLASSROOM, "--bogus")).code).toBe(2);
    const missing = await run("overview", "--input", "/nonexistent/orders.csv");
    expect([missing.code, missing.stderr]).toEqual([2, "crm-studio overview: Cannot read the file /nonexistent/orders.csv: check the path.\n"]);
    expect((await run("frobnicate")).code).toBe(2);
  });
});

describe("npx crm-studio", () => {
  it("runs from the repository without a build step", async () => {
    const { stdout } = await promisify(execFile)("npx", ["--no-install", "crm-studio", "overview", "--input", CLASSROOM], {
      cwd: new URL("../..", import.meta.url).pathname,
    });
    expect(JSON.parse(stdout).metrics.customers).toBe(20);
  });
});
