import type { DateOrder } from "../types";

const YEAR_LAST = /^\s*(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})(?:\D|$)/;

/**
 * Tells month-first from day-first in dates like `3/5/2024`: a first part above 12 means dmy, a second
 * part above 12 means mdy; otherwise (or when the values disagree) mdy is assumed and flagged ambiguous.
 * Values without such dates (ISO, `20240305` …) are not ambiguous.
 */
export function detectDateOrder(samples: (string | null)[]): { order: DateOrder; ambiguous: boolean } {
  let firstAbove12 = 0;
  let secondAbove12 = 0;
  let yearLast = 0;
  for (const value of samples) {
    const match = YEAR_LAST.exec(value ?? "");
    if (match === null) continue;
    yearLast++;
    if (Number(match[1]) > 12) firstAbove12++;
    if (Number(match[2]) > 12) secondAbove12++;
  }
  if (yearLast === 0) return { order: "mdy", ambiguous: false };
  if (firstAbove12 > 0 && secondAbove12 === 0) return { order: "dmy", ambiguous: false };
  if (secondAbove12 > 0 && firstAbove12 === 0) return { order: "mdy", ambiguous: false };
  return { order: firstAbove12 > secondAbove12 ? "dmy" : "mdy", ambiguous: true };
}
