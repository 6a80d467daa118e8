import { beforeAll, describe, expect, it } from "vitest";
import { runCustomerList, runCustomerStatus, runGrowthAccounting, runThresholdEvidence } from "../../../src/analyses/churn/run";
import { pooledAttrition } from "../../../src/analyses/churn/pooled";
import type { PeriodRow } from "../../../src/analyses/churn/types";
import { testDatabase } from "../../helpers/db";
import { cdnowTransactions, loadCdnow } from "./cdnow-data";
import { dayNumber, referenceDefaultThreshold, referencePeriods, referenceStatuses } from "./reference";

const asOfDate = "1998-07-01"; // the default: the day after the last purchase (1998-06-30)
const asOfDay = dayNumber(asOfDate);

const MONEY = ["revenue", "new_revenue", "retained_revenue", "resurrected_revenue", "churned_revenue", "refunds_without_purchase"] as const;

/** Compares the SQL rows with the JS reference: counts exactly, money to 1e-6. */
function expectSameAsReference(rows: PeriodRow[], reference: ReturnType<typeof referencePeriods>) {
  const counts = (row: PeriodRow | (typeof reference)[number]) => {
    const { period, period_start, is_partial, active, retained, resurrected, churned, lost } = row;
    return { period, period_start, is_partial, active, new: row.new, retained, resurrected, churned, lost };
  };
  expect(rows.map(counts)).toEqual(reference.map(counts));
  rows.forEach((row, index) => {
    const expected = reference[index]!;
    if (expected.attrition_rate === null) expect(row.attrition_rate).toBeNull();
    else expect(row.attrition_rate).toBeCloseTo(expected.attrition_rate, 12);
    for (const key of MONEY) expect(row[key], `${row.period} ${key}`).toBeCloseTo(expected[key], 6);
  });
}

describe("churn on the CDNOW sample (2,357 customers who first bought in Q1 1997)", () => {
  beforeAll(async () => loadCdnow(await testDatabase()));

  it("matches the JS reference month by month, Jan 1997 to the partial July 1998", async () => {
    const rows = await runGrowthAccounting(await testDatabase(), { asOfDate, period: "month" });
    const reference = referencePeriods(cdnowTransactions, "month", asOfDay);
    expectSameAsReference(rows, reference);
    expect(rows).toHaveLength(19);
    expect(rows.filter((row) => row.new > 0).map((row) => row.period)).toEqual(["1997-01", "1997-02", "1997-03"]);
    expect(rows.reduce((total, row) => total + row.new, 0)).toBe(2357);
    expect(rows.at(-1)).toMatchObject({ period: "1998-07", is_partial: true, active: 0, lost: null });
    expect(rows.at(-2)).toMatchObject({ period: "1998-06", lost: null }); // July is not over
    // pinned (agrees with the reference): 657 of January 1997's 781 buyers did not buy in February
    expect(rows[0]).toMatchObject({ period: "1997-01", active: 781, lost: 657 });
    expect(pooledAttrition(rows)).toMatchObject({ periods: 17, active: 5322, lost: 4065, first_period: "1997-01", last_period: "1998-05" });
  });

  it("matches the JS reference per ISO week and per quarter", async () => {
    const db = await testDatabase();
    for (const period of ["week", "quarter"] as const) {
      const rows = await runGrowthAccounting(db, { asOfDate, period });
      expectSameAsReference(rows, referencePeriods(cdnowTransactions, period, asOfDay));
    }
    const weeks = await runGrowthAccounting(db, { asOfDate, period: "week" });
    // 1997-01-01 is a Wednesday of ISO week 1; Wednesday 1998-07-01 is in the partial week 1998-W27
    expect(weeks[0]).toMatchObject({ period: "1997-W01", period_start: "1996-12-30" });
    expect(weeks.at(-1)).toMatchObject({ period: "1998-W27", period_start: "1998-06-29", is_partial: true });
    const quarters = await runGrowthAccounting(db, { asOfDate, period: "quarter" });
    expect(quarters.map((row) => row.period)).toEqual(["1997-Q1", "1997-Q2", "1997-Q3", "1997-Q4", "1998-Q1", "1998-Q2", "1998-Q3"]);
  });

  it("derives the threshold from the gaps between purchase days and gives every customer the reference status", async () => {
    const db = await testDatabase();
    const expectedThreshold = referenceDefaultThreshold(cdnowTransactions, asOfDay);
    const threshold = await runThresholdEvidence(db, { asOfDate });
    expect(threshold.default_days).toBe(expectedThreshold);
    expect(expectedThreshold).toBe(196);
    expect(threshold.gap_distribution.reduce((total, row) => total + row.gaps, 0)).toBe(threshold.gap_count);
    expect(threshold.gap_count).toBe(6696 - 2357); // customer-days minus each customer's first day

    const n = threshold.default_days;
    const reference = referenceStatuses(cdnowTransactions, asOfDay, n);
    const customers = await runCustomerList(db, { asOfDate, thresholdDays: n });
    const { summary, winBack } = await runCustomerStatus(db, { asOfDate, thresholdDays: n });
    // the page reads the segments from the RFM view's cached tables: the same list
    expect((await runCustomerStatus(db, { asOfDate, thresholdDays: n }, 1)).winBack).toEqual(winBack);
    expect(customers.map(({ customer_id, last_purchase, days_since, status }) => ({ customer_id, last_purchase, days_since, status }))).toEqual(
      reference.map(({ customer_id, last_purchase, days_since, status }) => ({ customer_id, last_purchase, days_since, status })).sort((a, b) => (a.customer_id < b.customer_id ? -1 : 1)),
    );
    for (const row of summary) {
      const members = reference.filter((customer) => customer.status === row.status);
      expect(row.customers, row.status).toBe(members.length);
      expect(row.revenue, row.status).toBeCloseTo(members.reduce((total, customer) => total + customer.revenue, 0), 6);
    }
    expect(summary.reduce((total, row) => total + row.customers, 0)).toBe(2357);
    // pinned (agrees with the reference): N = 196 days; nobody is new 15 months after the last first purchase
    expect(summary.map((row) => row.customers)).toEqual([0, 233, 230, 72, 1822]);

    const expectedWinBack = reference
      .filter((customer) => customer.status === "at_risk" || (customer.status === "churned" && customer.days_since <= 2 * n))
      .sort((a, b) => b.revenue - a.revenue || (a.customer_id < b.customer_id ? -1 : 1));
    expect(winBack.map((row) => row.customer_id)).toEqual(expectedWinBack.map((customer) => customer.customer_id));
  });
});
