import type { FittedModelReport } from "./result-types";

/** Message key and placeholder values explaining one fitted parameter in plain language. */
export function parameterMeaning(model: FittedModelReport, name: string, formatNumber: (value: number, digits?: number) => string): { key: string; params: Record<string, string> } {
  const p = model.params;
  const ratio = (numerator: string, denominator: string) => formatNumber((p[numerator] ?? Number.NaN) / (p[denominator] ?? Number.NaN), 3);
  const params: Record<string, string> = {};
  if (name === "alpha") params.rate = ratio("r", "alpha");
  if (model.name === "bgnbd" && name === "b") params.dropout = formatNumber((p.a ?? Number.NaN) / ((p.a ?? Number.NaN) + (p.b ?? Number.NaN)), 3);
  if (model.name === "paretonbd" && name === "beta") params.rate = ratio("s", "beta");
  if (model.name === "gammagamma" && name === "gamma") params.mean = formatNumber(((p.p ?? Number.NaN) * (p.gamma ?? Number.NaN)) / ((p.q ?? Number.NaN) - 1), 2);
  return { key: `clv.param.${model.name}.${name}`, params };
}

/** Greek letters for parameter names as the literature writes them. */
export function parameterSymbol(name: string): string {
  return ({ alpha: "α", beta: "β", gamma: "γ" } as Record<string, string>)[name] ?? name;
}
