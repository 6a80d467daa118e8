import { locale, setLocale } from "../i18n/i18n";
import { isLocale, type Locale } from "../i18n/locales";
import { asOfDate, currentPage, dropDuplicates, setAsOfDate, setCurrentPage } from "./store";
import { replaceViewSettings, viewSettings } from "./view-settings";

/** Everything that defines what the user sees, never any data: for settings links, settings files and storage. */
export interface AppSettings {
  version: 1;
  locale: Locale;
  page: string;
  asOfDate: string | null;
  dropDuplicates: boolean;
  views: Record<string, Record<string, unknown>>;
}

/** The settings in force now. */
export function snapshotSettings(): AppSettings {
  return { version: 1, locale: locale(), page: currentPage(), asOfDate: asOfDate(), dropDuplicates: dropDuplicates(), views: viewSettings() };
}

/** Applies settings read from outside; anything malformed is ignored, key by key. */
export function applySettings(settings: Partial<AppSettings>): void {
  if (isLocale(settings.locale)) setLocale(settings.locale);
  if (typeof settings.page === "string") setCurrentPage(settings.page);
  if (settings.asOfDate === null || (typeof settings.asOfDate === "string" && /^\d{4}-\d{2}-\d{2}$/.test(settings.asOfDate))) setAsOfDate(settings.asOfDate);
  if (settings.views && typeof settings.views === "object") replaceViewSettings(settings.views);
}
