import { describe, expect, it } from "vitest";
import { groupCustomers } from "../../../src/analyses/clv/models/customer-groups";
import { fitTransactionModel } from "../../../src/analyses/clv/models/fit-transactions";
import { TRANSACTION_MODELS } from "../../../src/analyses/clv/models/transaction-models";
import { readSharedCsv } from "./cdnow";

const cbs = readSharedCsv("cdnow_btyd/cdnowSummary_cbs.csv");
const inWeeks = { x: cbs.map((row) => Number(row.x)), tx: cbs.map((row) => Number(row["t.x"])), T: cbs.map((row) => Number(row["T.cal"])) };
const inDays = { x: inWeeks.x, tx: inWeeks.tx.map((t) => t * 7), T: inWeeks.T.map((t) => t * 7) };

describe("the time unit changes only the scale parameters", () => {
  for (const name of ["bgnbd", "paretonbd"] as const) {
    it(`${name}: shapes equal, α and β × 7 in days, ln L lower by Σx · ln 7; predictions unchanged`, () => {
      const weeks = fitTransactionModel(name, groupCustomers(inWeeks));
      const days = fitTransactionModel(name, groupCustomers(inDays));
      for (const [parameter, value] of Object.entries(weeks.params)) {
        const scale = parameter === "alpha" || parameter === "beta" ? 7 : 1;
        expect(Math.abs(days.params[parameter]! / (value * scale) - 1), parameter).toBeLessThan(1e-4);
      }
      const repeatPurchases = inWeeks.x.reduce((sum, x) => sum + x, 0);
      expect(days.logLikelihood).toBeCloseTo(weeks.logLikelihood - repeatPurchases * Math.log(7), 4);
      const model = TRANSACTION_MODELS[name];
      expect(model.expectedPurchases(days.params, 2, 30.43 * 7, 38.86 * 7, 39 * 7)).toBeCloseTo(model.expectedPurchases(weeks.params, 2, 30.43, 38.86, 39), 4);
    });
  }
});
