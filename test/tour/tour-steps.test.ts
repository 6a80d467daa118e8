import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/i18n/locales";
import { tourMessages } from "../../src/tour/messages";
import { TOUR_STEPS } from "../../src/tour/tour-steps";

describe("guided tour", () => {
  it("walks through the course's concepts in teaching order", () => {
    expect(TOUR_STEPS.map((step) => step.page)).toEqual(["overview", "pyramid", "rfm", "cohorts", "churn", "clv"]);
  });

  it("has a title, concept, formula and question for every step in every language", () => {
    for (const step of TOUR_STEPS) {
      for (const part of ["title", "concept", "formula", "question"]) {
        for (const locale of LOCALES) expect((tourMessages[locale] as Record<string, string>)[`tour.${step.id}.${part}`], `${locale} ${step.id}.${part}`).toBeTruthy();
      }
    }
  });

  it("uses the course's Chinese terms for the 8 RFM classes and the 80/20 rule", () => {
    expect(tourMessages["zh-Hans"]["tour.rfm.concept"]).toContain("重要价值客户");
    expect(tourMessages["zh-Hant"]["tour.rfm.concept"]).toContain("重要價值客戶");
    expect(tourMessages["zh-Hans"]["tour.pyramid.title"]).toContain("二八法则");
    expect(tourMessages["zh-Hant"]["tour.pyramid.title"]).toContain("八二法則");
  });
});
