/**
 * The 8-class scheme of Chinese course material: R, F and M each above or below the customer mean
 * (DESIGN.md: R high ⇔ recency_days < mean; F high ⇔ frequency > mean; M high ⇔ monetary > mean).
 */
export const CLASS8_RULES = [
  { key: "important_value", r: true, f: true, m: true, chinese: "重要价值客户" },
  { key: "important_retain", r: false, f: true, m: true, chinese: "重要保持客户" },
  { key: "important_develop", r: true, f: false, m: true, chinese: "重要发展客户" },
  { key: "important_winback", r: false, f: false, m: true, chinese: "重要挽留客户" },
  { key: "general_value", r: true, f: true, m: false, chinese: "一般价值客户" },
  { key: "general_retain", r: false, f: true, m: false, chinese: "一般保持客户" },
  { key: "general_develop", r: true, f: false, m: false, chinese: "一般发展客户" },
  { key: "general_winback", r: false, f: false, m: false, chinese: "一般挽留客户" },
] as const;

export type Class8Key = (typeof CLASS8_RULES)[number]["key"];
export const CLASS8_KEYS: readonly Class8Key[] = CLASS8_RULES.map((rule) => rule.key);

/** The class of a customer from its three above/below-the-mean flags. */
export function class8Of(rHigh: boolean, fHigh: boolean, mHigh: boolean): Class8Key {
  const rule = CLASS8_RULES.find((candidate) => candidate.r === rHigh && candidate.f === fHigh && candidate.m === mHigh);
  if (!rule) throw new Error("unreachable: the 8 rules cover every combination");
  return rule.key;
}

export function isClass8Key(value: unknown): value is Class8Key {
  return typeof value === "string" && (CLASS8_KEYS as readonly string[]).includes(value);
}
