import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/engine/database";
import { CLV_DEFAULTS } from "../../../src/analyses/clv/options";
import { computeInThisThread } from "../../../src/analyses/clv/run";
import { clvOptions, clvResult } from "../../../src/analyses/clv/view-queries";
import { testDatabase } from "../../helpers/db";
import { CDNOW_SPLIT, loadCdnowSample } from "./cdnow";

describe("the lifetime-value result shared by Analysis.prepare and the view", () => {
  let db: Database;
  let statements = 0;
  beforeAll(async () => {
    const plain = await testDatabase();
    await loadCdnowSample(plain);
    db = { ...plain, query: (sql) => (statements++, plain.query(sql)), exec: (sql) => (statements++, plain.exec(sql)) };
  });

  it("fits once for the same data and settings: a second request, even while the first runs, runs no query", async () => {
    const options = clvOptions({ calibrationEnd: CDNOW_SPLIT.calibrationEnd }, CDNOW_SPLIT.asOfDate);
    statements = 0;
    const prepared = clvResult(db, options, 1, computeInThisThread);
    const opened = clvResult(db, { ...options }, 1, computeInThisThread);
    expect(opened).toBe(prepared);
    const result = await opened;
    expect(statements).toBe(3); // summary, population, tracking
    expect(result.model.params.r).toBeCloseTo(0.2426, 3);
    // New data (a rebuild) or another setting is fitted again.
    await clvResult(db, options, 2, computeInThisThread);
    await clvResult(db, { ...options, model: "paretonbd" }, 2, computeInThisThread);
    expect(statements).toBe(9);
  });

  it("fills in the defaults the view shows: horizon by time unit, calibration end at the as-of date", () => {
    expect(clvOptions({}, "2024-07-01")).toEqual({ ...CLV_DEFAULTS, horizon: 52, asOfDate: "2024-07-01", calibrationEnd: "2024-07-01" });
    expect(clvOptions({ timeUnit: "day" }, "2024-07-01").horizon).toBe(365);
  });
});
