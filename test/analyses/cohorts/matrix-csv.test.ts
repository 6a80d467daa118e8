import { describe, expect, it } from "vitest";
import { matrixCsvTable } from "../../../src/analyses/cohorts/matrix-csv";
import type { CohortCellRow } from "../../../src/analyses/cohorts/types";

function cell(cohort: string, k: number, retention: number, revenueRetention: number | null, partial = false): CohortCellRow {
  return {
    cohort,
    cohort_start: `${cohort}-01`,
    k,
    period_start: "",
    cohort_size: 10,
    customers: retention * 10,
    retention,
    customers_on_or_after: 0,
    retention_on_or_after: 0,
    revenue: 0,
    revenue_retention: revenueRetention,
    cumulative_revenue: 0,
    cumulative_revenue_per_customer: 0,
    is_partial: partial,
  };
}

describe("The triangle as a wide CSV table", () => {
  const cells = [cell("2024-01", 0, 1, 1), cell("2024-01", 1, 0.3, 0.5), cell("2024-01", 2, 0.2, 0.1, true), cell("2024-02", 0, 1, null), cell("2024-02", 1, 0.4, null, true)];

  it("has a column per k, leaves periods not reached yet out and names the partial one", () => {
    const { rows, columns } = matrixCsvTable(cells, "retention");
    expect(columns).toEqual(["cohort", "cohort_start", "cohort_size", "k0", "k1", "k2", "partial_k"]);
    expect(rows).toEqual([
      { cohort: "2024-01", cohort_start: "2024-01-01", cohort_size: 10, k0: 1, k1: 0.3, k2: 0.2, partial_k: 2 },
      { cohort: "2024-02", cohort_start: "2024-02-01", cohort_size: 10, k0: 1, k1: 0.4, partial_k: 1 },
    ]);
  });

  it("keeps an undefined revenue retention as null (an empty CSV cell)", () => {
    expect(matrixCsvTable(cells, "revenue_retention").rows[1]).toMatchObject({ k0: null, k1: null });
  });
});
