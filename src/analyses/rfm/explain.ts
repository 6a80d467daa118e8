import type { Cutpoints, RfmMeasure, Scoring } from "./options";
import type { RfmCustomerRow, RfmStats, ScoreRangeRow } from "./types";

/** Translates a message key with parameters (the app's `t`, or a catalog in tests). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** What the explanation needs besides the customer: the scoring, the population and how to write numbers. */
export interface WhyContext {
  scoring: Scoring;
  stats: Pick<RfmStats, "customers" | "mean_recency_days" | "mean_frequency" | "mean_monetary">;
  scoreRanges: ScoreRangeRow[];
  t: Translate;
  formatNumber: (value: number | null) => string;
  formatMoney: (value: number | null) => string;
}

const LETTER: Record<RfmMeasure, string> = { recency: "R", frequency: "F", monetary: "M" };

function measureFacts(customer: RfmCustomerRow, measure: RfmMeasure) {
  switch (measure) {
    case "recency":
      return { value: customer.recency_days, rank: customer.r_rank, score: customer.r_score, high: customer.r_high };
    case "frequency":
      return { value: customer.frequency, rank: customer.f_rank, score: customer.f_score, high: customer.f_high };
    case "monetary":
      return { value: customer.monetary, rank: customer.m_rank, score: customer.m_score, high: customer.m_high };
  }
}

function meanOf(stats: WhyContext["stats"], measure: RfmMeasure): number | null {
  return measure === "recency" ? stats.mean_recency_days : measure === "frequency" ? stats.mean_frequency : stats.mean_monetary;
}

/** The band of fixed thresholds the score came from, as the message suffix and its cut points. */
function thresholdBand(cutpoints: Cutpoints, score: number, recency: boolean): { band: "first" | "between" | "last"; cuts: number[] } {
  if (recency) {
    if (score === 5) return { band: "first", cuts: [cutpoints[0]] };
    if (score === 1) return { band: "last", cuts: [cutpoints[3]] };
    return { band: "between", cuts: [cutpoints[4 - score] ?? NaN, cutpoints[5 - score] ?? NaN] };
  }
  if (score === 1) return { band: "first", cuts: [cutpoints[0]] };
  if (score === 5) return { band: "last", cuts: [cutpoints[3]] };
  return { band: "between", cuts: [cutpoints[score - 2] ?? NaN, cutpoints[score - 1] ?? NaN] };
}

function scoreSentence(customer: RfmCustomerRow, measure: RfmMeasure, context: WhyContext): string {
  const { t, scoring } = context;
  const facts = measureFacts(customer, measure);
  const format = measure === "monetary" ? context.formatMoney : context.formatNumber;
  const prefix = measure === "recency" ? "rfm.why.recency" : "rfm.why.higher";
  const common = {
    measure: measure === "recency" ? "" : t(`rfm.why.measure.${measure}`),
    letter: LETTER[measure],
    value: format(facts.value),
    score: facts.score,
  };
  switch (scoring.method) {
    case "quantile": {
      const range = context.scoreRanges.find((row) => row.measure === measure && row.score === facts.score);
      return t(`${prefix}.quantile`, {
        ...common,
        rank: facts.rank,
        n: context.stats.customers,
        min: format(range?.min_value ?? null),
        max: format(range?.max_value ?? null),
      });
    }
    case "thresholds": {
      const { band, cuts } = thresholdBand(scoring.thresholds[measure], facts.score, measure === "recency");
      const [first = NaN, second = NaN] = cuts;
      return t(`${prefix}.thresholds.${band}`, { ...common, cut: format(first), low: format(first), high: format(second) });
    }
    case "mean":
      return t(`${prefix}.mean.${facts.high ? "high" : "low"}`, { ...common, mean: format(meanOf(context.stats, measure)) });
  }
}

/** Plain sentences saying why a customer has its scores, its segment and its class of the 8-class scheme. */
export function explainCustomer(customer: RfmCustomerRow, context: WhyContext): string[] {
  const { t, stats } = context;
  const arrow = (high: boolean) => (high ? "↑" : "↓");
  return [
    scoreSentence(customer, "recency", context),
    scoreSentence(customer, "frequency", context),
    scoreSentence(customer, "monetary", context),
    t("rfm.why.fm", { f: customer.f_score, m: customer.m_score, half: (customer.f_score + customer.m_score) / 2, fm: customer.fm_score }),
    t("rfm.why.segment", { r: customer.r_score, fm: customer.fm_score, segment: t(`rfm.segment.${customer.segment}`) }),
    t("rfm.why.class8", {
      r: arrow(customer.r_high),
      f: arrow(customer.f_high),
      m: arrow(customer.m_high),
      recency: context.formatNumber(customer.recency_days),
      meanRecency: context.formatNumber(stats.mean_recency_days),
      frequency: context.formatNumber(customer.frequency),
      meanFrequency: context.formatNumber(stats.mean_frequency),
      monetary: context.formatMoney(customer.monetary),
      meanMonetary: context.formatMoney(stats.mean_monetary),
      class8: t(`rfm.class8.${customer.class8}`),
    }),
  ];
}
