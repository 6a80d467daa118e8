/** The languages of the app: English, Simplified Chinese, Traditional Chinese. */
export const LOCALES = ["en", "zh-Hans", "zh-Hant"] as const;
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag Intl formats numbers and dates with. */
export const INTL_TAG: Record<Locale, string> = { en: "en-US", "zh-Hans": "zh-CN", "zh-Hant": "zh-TW" };

/** The language's own name, shown in the switch. */
export const LOCALE_NAME: Record<Locale, string> = { en: "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The best locale for the browser's languages (zh-TW / zh-HK / zh-Hant → Traditional). */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (tag.startsWith("zh")) return /hant|tw|hk|mo/.test(tag) ? "zh-Hant" : "zh-Hans";
    if (tag.startsWith("en")) return "en";
  }
  return "en";
}
