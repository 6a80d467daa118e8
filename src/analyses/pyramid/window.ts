/** The current window and, for a window of N days, the previous one of the same length just before it. */
export type PyramidWindows = {
  /** First day of the current window, `YYYY-MM-DD`; null for all time. */
  currentStart: string | null;
  /** The as-of date: the current window's last day. */
  currentEnd: string;
  /** Null for all time (there is no window before "all"). */
  previous: { start: string; end: string } | null;
};

const DAY_MS = 86_400_000;

function shiftDays(isoDate: string, days: number): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(time)) throw new Error(`Not an ISO date: ${isoDate}`);
  return new Date(time + days * DAY_MS).toISOString().slice(0, 10);
}

/** Window of N days up to and including the as-of date: [as-of − (N − 1), as-of]; previous: [as-of − (2N − 1), as-of − N]. */
export function pyramidWindows(asOfDate: string, windowDays: number | "all"): PyramidWindows {
  if (windowDays === "all") return { currentStart: null, currentEnd: asOfDate, previous: null };
  return {
    currentStart: shiftDays(asOfDate, -(windowDays - 1)),
    currentEnd: asOfDate,
    previous: { start: shiftDays(asOfDate, -(2 * windowDays - 1)), end: shiftDays(asOfDate, -windowDays) },
  };
}
