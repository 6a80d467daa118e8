import { INTL_TAG, type Locale } from "./locales";

// Building an Intl formatter costs ~0.1 ms; a weekly cohort view formats thousands of cells.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(INTL_TAG[locale], options)));
  return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(INTL_TAG[locale], options)));
  return format;
}

/** Locale-aware number formatting; null/NaN show as an en dash. */
export function formatNumber(locale: Locale, value: number | null | undefined, maximumFractionDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return numberFormat(locale, { maximumFractionDigits, minimumFractionDigits: 0 }).format(value);
}

/** Money without a currency symbol (the file's currency is unknown), two decimals. */
export function formatMoney(locale: Locale, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A share 0..1 as a percentage. */
export function formatPercent(locale: Locale, share: number | null | undefined, fractionDigits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return "–";
  return numberFormat(locale, { style: "percent", minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(share);
}

/** A calendar date given as epoch ms (DuckDB DATE) or ISO string, in the locale's style, always UTC. */
export function formatDate(locale: Locale, value: number | string | null | undefined): string {
  if (value === null || value === undefined) return "–";
  const date = typeof value === "number" ? new Date(value) : new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return "–";
  return dateFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(date);
}

/** A month (epoch ms of its first day) as e.g. "Mar 2024" / "2024年3月". */
export function formatMonth(locale: Locale, value: number): string {
  return dateFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" }).format(new Date(value));
}

/** Epoch ms (UTC midnight) → `YYYY-MM-DD`. */
export function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
