import { For } from "solid-js";
import { locale, setLocale, t } from "../i18n/i18n";
import { LOCALE_NAME, LOCALES, type Locale } from "../i18n/locales";

/** English / 简体中文 / 繁體中文, switchable at any time. */
export function LanguageSwitch() {
  return (
    <label class="language">
      <span class="sr-only">{t("app.language")}</span>
      <select data-testid="language" value={locale()} onChange={(event) => setLocale(event.currentTarget.value as Locale)}>
        <For each={LOCALES}>{(code) => <option value={code}>{LOCALE_NAME[code]}</option>}</For>
      </select>
    </label>
  );
}
