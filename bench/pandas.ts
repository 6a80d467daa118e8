import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { OverviewMetrics } from "../src/analyses/overview/types";

/** What bench/pandas_overview.py prints: its timings and the Overview figures it computed. */
export interface PandasOverview {
  read_ms: number;
  overview_ms: number;
  monthly_ms: number;
  total_ms: number;
  months: number;
  customers: number;
  orders: number;
  revenue: number;
  repeat_customers: number;
  repeat_revenue: number;
  refund_rows: number;
  median_gap_days: number;
}

/** A python3 that can import pandas: Debian's has python3-pandas; a pyenv python3 on PATH may not. */
export function pythonWithPandas(): string | null {
  for (const python of ["python3", "/usr/bin/python3"]) {
    if (spawnSync(python, ["-c", "import pandas"], { stdio: "ignore" }).status === 0) return python;
  }
  return null;
}

/** Runs the pandas script on a bench CSV. */
export function runPandasOverview(python: string, csvPath: string): PandasOverview {
  const script = fileURLToPath(new URL("./pandas_overview.py", import.meta.url));
  return JSON.parse(execFileSync(python, [script, csvPath], { encoding: "utf8", maxBuffer: 1 << 20 })) as PandasOverview;
}

/**
 * The figures where pandas and the app's Overview differ, as "name: pandas ≠ app" (none: they agree). A
 * speed ratio means something only when both computed the same thing.
 */
export function pandasDisagreements(pandas: PandasOverview, app: OverviewMetrics): string[] {
  const pairs: [string, number, number | null][] = [
    ["customers", pandas.customers, app.customers],
    ["orders", pandas.orders, app.orders],
    ["revenue", pandas.revenue, app.revenue],
    ["repeat customers", pandas.repeat_customers, app.repeat_customers],
    ["repeat customers' revenue", pandas.repeat_revenue, app.repeat_customer_revenue],
    ["refund rows", pandas.refund_rows, app.refund_rows],
    ["median days between purchases", pandas.median_gap_days, app.median_days_between_purchases],
  ];
  // Sums of a million amounts differ in the last bits with the order of addition.
  const same = (a: number, b: number | null) => b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return pairs.filter(([, a, b]) => !same(a, b)).map(([name, a, b]) => `${name}: ${a} ≠ ${b ?? "none"}`);
}
