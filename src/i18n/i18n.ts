import { createSignal } from "solid-js";
import { interpolate, mergeCatalogs, type MessageCatalog } from "./catalog";
import * as format from "./format";
import { isLocale, localeFromLanguages, type Locale } from "./locales";

const STORAGE_KEY = "crm-studio.locale";
const catalogs: MessageCatalog[] = [];
let merged: MessageCatalog = mergeCatalogs([]);

function initialLocale(): Locale {
  if (typeof window === "undefined") return "en";
  const stored = window.localStorage?.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : localeFromLanguages(navigator.languages ?? []);
}

const [locale, setLocaleSignal] = createSignal<Locale>(initialLocale());
export { locale };

/** Switches the language everywhere at once and remembers it. */
export function setLocale(next: Locale): void {
  setLocaleSignal(next);
  if (typeof window !== "undefined") {
    window.localStorage?.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
  }
}

/** Adds a part of the app's messages (the app shell, an analysis) to the catalog. */
export function registerMessages(catalog: MessageCatalog): void {
  catalogs.push(catalog);
  merged = mergeCatalogs(catalogs);
}

/** The text for `key` in the current language; reactive inside Solid components. */
export function t(key: string, params?: Record<string, string | number>): string {
  const current = locale();
  const template = merged[current][key] ?? merged.en[key];
  if (template === undefined) {
    if (import.meta.env?.DEV) console.warn(`Missing message: ${key}`);
    return key;
  }
  return interpolate(template, params);
}

/** Formatters bound to the current language. */
export const fmt = {
  number: (value: number | null | undefined, digits = 0) => format.formatNumber(locale(), value, digits),
  money: (value: number | null | undefined) => format.formatMoney(locale(), value),
  percent: (share: number | null | undefined, digits = 1) => format.formatPercent(locale(), share, digits),
  date: (value: number | string | null | undefined) => format.formatDate(locale(), value),
  month: (value: number) => format.formatMonth(locale(), value),
};
