import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cohortMessages as typedMessages } from "../../../src/analyses/cohorts/messages";
import type { MessageCatalog } from "../../../src/i18n/catalog";
import { COHORT_MEASURES } from "../../../src/analyses/cohorts/measures";
import { COHORT_PERIODS } from "../../../src/analyses/cohorts/options";
import { LOCALES } from "../../../src/i18n/locales";

const cohortMessages: MessageCatalog = typedMessages;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("cohort messages", () => {
  it("has every key in every language, none empty, with the same placeholders", () => {
    for (const [key, english] of Object.entries(cohortMessages.en)) {
      for (const locale of LOCALES) {
        const text = cohortMessages[locale][key];
        expect(text, `${locale} ${key}`).toBeTruthy();
        expect(placeholders(text ?? ""), `${locale} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it("defines the keys the view builds from measures, periods, customer sets and columns", () => {
    const keys = [
      ...COHORT_MEASURES.flatMap((spec) => [`cohorts.measure.${spec.key}`, `cohorts.definition.${spec.key}`, `cohorts.customers.set.${spec.customers}`]),
      ...COHORT_PERIODS.flatMap((period) => [`cohorts.period.${period}`, `cohorts.axis.offset.${period}`]),
      ...["customer_id", "first_purchase_date", "last_purchase_date", "period_orders", "period_revenue", "cumulative_revenue"].map((column) => `cohorts.column.${column}`),
    ];
    expect(keys.filter((key) => !(key in cohortMessages.en))).toEqual([]);
  });

  it("defines every literal cohorts.* key the source asks for", () => {
    const folder = new URL("../../../src/analyses/cohorts/", import.meta.url);
    const asked = readdirSync(folder).flatMap((file) => [...readFileSync(new URL(file, folder), "utf8").matchAll(/\bt\("(cohorts\.[^"]+)"/g)].map((match) => match[1]!));
    expect(asked.length).toBeGreaterThan(20);
    expect(asked.filter((key) => !(key in cohortMessages.en))).toEqual([]);
  });
});
