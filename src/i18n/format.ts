import { INTL_TAG, type Locale } from "./locales";

/** Locale-aware number formatting; null/NaN show as an en dash. */
export function formatNumber(locale: Locale, value: number | null | undefined, maximumFractionDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits, minimumFractionDigits: 0 }).format(value);
}

/** Money without a currency symbol (the file's currency is unknown), two decimals. */
export function formatMoney(locale: Locale, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return new Intl.NumberFormat(INTL_TAG[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A share 0..1 as a percentage. */
export function formatPercent(locale: Locale, share: number | null | undefined, fractionDigits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return "–";
  return new Intl.NumberFormat(INTL_TAG[locale], {
    style: "percent",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(share);
}

/** A calendar date given as epoch ms (DuckDB DATE) or ISO string, in the locale's style, always UTC. */
export function formatDate(locale: Locale, value: number | string | null | undefined): string {
  if (value === null || value === undefined) return "–";
  const date = typeof value === "number" ? new Date(value) : new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return "–";
  return new Intl.DateTimeFormat(INTL_TAG[locale], { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(date);
}

/** A month (epoch ms of its first day) as e.g. "Mar 2024" / "2024年3月". */
export function formatMonth(locale: Locale, value: number): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { year: "numeric", month: "short", timeZone: "UTC" }).format(new Date(value));
}

/** Epoch ms (UTC midnight) → `YYYY-MM-DD`. */
export function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
