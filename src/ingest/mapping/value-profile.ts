import { hasDecimals, looksLikeDate, looksLikeNumber } from "./value-shapes";

/** What the sample values of one column look like, as shares of its non-empty values. */
export interface ValueProfile {
  column: string;
  /** Position in the file, to prefer the leftmost column on ties. */
  index: number;
  filled: number;
  distinct: number;
  dateShare: number;
  numberShare: number;
  decimalShare: number;
}

/** Profiles a column from its sample values (nulls and blanks are ignored). */
export function profileValues(column: string, index: number, values: (string | null)[]): ValueProfile {
  const filled = values.map((value) => value?.trim() ?? "").filter((value) => value !== "");
  const share = (test: (value: string) => boolean) => (filled.length === 0 ? 0 : filled.filter(test).length / filled.length);
  return {
    column,
    index,
    filled: filled.length,
    distinct: new Set(filled).size,
    dateShare: share(looksLikeDate),
    numberShare: share(looksLikeNumber),
    decimalShare: share((value) => looksLikeNumber(value) && hasDecimals(value)),
  };
}
