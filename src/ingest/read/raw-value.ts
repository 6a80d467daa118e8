/** Renders a value read from a workbook, Parquet or JSON file as the text a CSV of it would hold; empty → null. */
export function toRawString(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberToString(value);
  if (typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToIsoString(value);
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return JSON.stringify(value, (_key, nested: unknown) => (typeof nested === "bigint" ? String(nested) : nested));
}

/** A number without binary float noise: 12.5 → "12.5", 0.1 + 0.2 → "0.3", 17850 → "17850". */
export function numberToString(value: number): string {
  const shortest = String(value);
  // 15 characters hold at most 15 significant digits, which rounding to 15 leaves as they are (and it is quick).
  if (shortest.length <= 15 || Number.isInteger(value) || !Number.isFinite(value)) return shortest;
  // 15 significant digits is what Excel shows and what a decimal literal survives a round trip with.
  return String(Number(value.toPrecision(15)));
}

/** `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS[.mmm]` when the (UTC) time of day is not midnight. */
export function dateToIsoString(date: Date): string {
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  if (date.getTime() % 86_400_000 === 0) return day;
  const time = iso.slice(11, date.getUTCMilliseconds() === 0 ? 19 : 23);
  return `${day} ${time}`;
}
