import type { Locale } from "./locales";

/** Messages of one part of the app, in every locale; the English one defines the keys. */
export type MessageCatalog<Keys extends string = string> = Record<Locale, Record<Keys, string>>;

/** Declares a catalog whose Chinese messages must have exactly the English keys (checked by the compiler). */
export function defineMessages<const English extends Record<string, string>>(catalog: {
  en: English;
  "zh-Hans": Record<keyof English, string>;
  "zh-Hant": Record<keyof English, string>;
}): MessageCatalog<Extract<keyof English, string>> {
  return catalog as MessageCatalog<Extract<keyof English, string>>;
}

/** Fills `{name}` placeholders. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Merges several catalogs into one; a key defined twice is a programming error. */
export function mergeCatalogs(catalogs: MessageCatalog[]): MessageCatalog {
  const merged: MessageCatalog = { en: {}, "zh-Hans": {}, "zh-Hant": {} };
  for (const catalog of catalogs) {
    for (const locale of Object.keys(merged) as Locale[]) {
      for (const [key, text] of Object.entries(catalog[locale])) {
        if (key in merged[locale]) throw new Error(`Message key defined twice: ${key}`);
        merged[locale][key] = text;
      }
    }
  }
  return merged;
}
