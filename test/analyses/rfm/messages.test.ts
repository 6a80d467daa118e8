import { describe, expect, it } from "vitest";
import { CLASS8_RULES } from "../../../src/analyses/rfm/class8";
import { rfmMessages } from "../../../src/analyses/rfm/messages";
import { RFM_MEASURES } from "../../../src/analyses/rfm/options";
import { SEGMENT_KEYS } from "../../../src/analyses/rfm/segments";
import { LOCALES } from "../../../src/i18n/locales";

// Keys the RFM code builds at run time (template strings), which the app-wide catalog test cannot see.
const builtKeys = [
  ...SEGMENT_KEYS.flatMap((key) => [`rfm.segment.${key}`, `rfm.segment.${key}.help`]),
  ...CLASS8_RULES.flatMap((rule) => [`rfm.class8.${rule.key}`, `rfm.class8.${rule.key}.help`]),
  ...RFM_MEASURES.flatMap((measure) => [`rfm.measure.${measure}`, `rfm.thresholds.${measure}`]),
  ...["quantile", "thresholds", "mean"].map((method) => `rfm.scoring.${method}`),
  ...["count", "number", "order"].map((problem) => `rfm.thresholds.problem.${problem}`),
  ...["frequency", "monetary"].map((measure) => `rfm.why.measure.${measure}`),
  ...["rfm.why.recency", "rfm.why.higher"].flatMap((prefix) => [
    `${prefix}.quantile`,
    ...["first", "between", "last"].map((band) => `${prefix}.thresholds.${band}`),
    ...["high", "low"].map((side) => `${prefix}.mean.${side}`),
  ]),
];

describe("RFM messages", () => {
  it("define every key the code builds, in every language", () => {
    for (const locale of LOCALES) expect(builtKeys.filter((key) => !rfmMessages[locale][key])).toEqual([]);
  });

  it("keep the established Chinese names of the 8 classes", () => {
    for (const rule of CLASS8_RULES) {
      expect(rfmMessages["zh-Hans"][`rfm.class8.${rule.key}`]).toBe(rule.chinese);
      expect(rfmMessages.en[`rfm.class8.${rule.key}`]).toContain(`(${rule.chinese})`);
    }
    expect(rfmMessages["zh-Hant"]["rfm.class8.important_value"]).toBe("重要價值客戶");
  });
});
