import { class8Of, type Class8Key } from "../../../src/analyses/rfm/class8";
import { DEFAULT_SEGMENT_MAP, cellKey, type Score, type SegmentKey } from "../../../src/analyses/rfm/segments";

/** A customer's measures worked out in plain JS from a data file; money in integer cents so sums are exact. */
export type ReferenceCustomer = { id: string; recencyDays: number; frequency: number; monetaryCents: number };

export type ReferenceScores = { r: number; f: number; m: number; fm: number; segment: SegmentKey; class8: Class8Key };

/** RANK() ascending: 1 + the number of strictly smaller keys. */
function ranks(keys: number[]): number[] {
  const sorted = [...keys].sort((a, b) => a - b);
  const firstIndex = new Map<number, number>();
  sorted.forEach((key, index) => {
    if (!firstIndex.has(key)) firstIndex.set(key, index);
  });
  return keys.map((key) => (firstIndex.get(key) ?? NaN) + 1);
}

/** DESIGN.md's quantile scores, FM, default segment and 8-class scheme, computed independently of the SQL. */
export function referenceScores(customers: ReferenceCustomer[]): Map<string, ReferenceScores> {
  const n = customers.length;
  const score = (rank: number) => 1 + Math.floor((5 * (rank - 1)) / n);
  const rRanks = ranks(customers.map((customer) => -customer.recencyDays)); // recency descending
  const fRanks = ranks(customers.map((customer) => customer.frequency));
  const mRanks = ranks(customers.map((customer) => customer.monetaryCents));
  const sum = (pick: (customer: ReferenceCustomer) => number) => customers.reduce((total, customer) => total + pick(customer), 0);
  const recencySum = sum((customer) => customer.recencyDays);
  const frequencySum = sum((customer) => customer.frequency);
  const monetarySum = sum((customer) => customer.monetaryCents);
  const result = new Map<string, ReferenceScores>();
  customers.forEach((customer, index) => {
    const r = score(rRanks[index] ?? NaN);
    const f = score(fRanks[index] ?? NaN);
    const m = score(mRanks[index] ?? NaN);
    const fm = Math.floor((f + m) / 2 + 0.5);
    result.set(customer.id, {
      r,
      f,
      m,
      fm,
      segment: DEFAULT_SEGMENT_MAP[cellKey(r as Score, fm as Score)],
      // value × N against the sum: integers, so the comparison with the mean is exact
      class8: class8Of(customer.recencyDays * n < recencySum, customer.frequency * n > frequencySum, customer.monetaryCents * n > monetarySum),
    });
  });
  return result;
}

/** Days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** Per-customer measures from purchase lines without order ids (one order = one customer-day). */
export function customersFromLines(lines: { id: string; date: string; cents: number }[], asOfDate: string): ReferenceCustomer[] {
  const byId = new Map<string, { days: Set<string>; last: string; cents: number }>();
  for (const line of lines) {
    const entry = byId.get(line.id) ?? { days: new Set<string>(), last: line.date, cents: 0 };
    entry.days.add(line.date);
    entry.last = line.date > entry.last ? line.date : entry.last;
    entry.cents += line.cents;
    byId.set(line.id, entry);
  }
  return [...byId].map(([id, entry]) => ({ id, recencyDays: daysBetween(entry.last, asOfDate), frequency: entry.days.size, monetaryCents: entry.cents }));
}
