import type { Locale } from "../i18n/locales";

const UNITS = ["kilobyte", "megabyte", "gigabyte"] as const;

/** A size in bytes as "0.7 KB", "820 KB", "1.2 MB" (powers of 1024), in the given language. */
export function formatBytes(locale: Locale, bytes: number): string {
  let value = Math.max(0, bytes) / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value >= 100 ? 0 : 1;
  return new Intl.NumberFormat(locale, { style: "unit", unit: UNITS[unit], unitDisplay: "short", maximumFractionDigits: digits }).format(value);
}
