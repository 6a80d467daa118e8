import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { churnMessages } from "../../../src/analyses/churn/messages";
import { PERIOD_UNITS } from "../../../src/analyses/churn/options";
import { CUSTOMER_STATUSES } from "../../../src/analyses/churn/types";
import { LOCALES } from "../../../src/i18n/locales";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("churn messages", () => {
  it("has every key in every language, none empty, with the same placeholders", () => {
    const catalog: Record<string, Record<string, string>> = churnMessages;
    for (const key of Object.keys(catalog.en ?? {})) {
      for (const locale of LOCALES) {
        const text = catalog[locale]?.[key] ?? "";
        expect(text, `${locale} ${key}`).toBeTruthy();
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(catalog.en?.[key] ?? ""));
      }
    }
  });

  it("defines every key the view asks for, literal or built from a period, status, list or column", () => {
    const folder = new URL("../../../src/analyses/churn/", import.meta.url);
    const literalKeys = readdirSync(folder)
      .filter((name) => name.endsWith(".tsx"))
      .flatMap((name) => [...readFileSync(new URL(name, folder), "utf8").matchAll(/\bt\("(churn\.[^"]+)"/g)].map((match) => match[1]!));
    const builtKeys = [
      ...PERIOD_UNITS.flatMap((unit) => [`churn.period.${unit}`, `churn.pooled.${unit}`]),
      ...CUSTOMER_STATUSES.flatMap((status) => [`churn.status.${status}`, `churn.rule.${status}`]),
      ...["at_risk", "recently_churned"].map((list) => `churn.list.${list}`),
      ...["customers", "revenue"].map((measure) => `churn.measure.${measure}`),
      ...["active", "new", "retained", "resurrected", "churned", "quick_ratio", "attrition_rate", "retention_rate"].map((column) => `churn.col.${column}`),
      ...["revenue", "new_revenue", "retained_revenue", "resurrected_revenue", "churned_revenue", "revenue_quick_ratio"].map((column) => `churn.col.${column}`),
    ];
    expect(literalKeys.length).toBeGreaterThan(20);
    expect([...literalKeys, ...builtKeys].filter((key) => !(key in churnMessages.en))).toEqual([]);
  });
});
