import { createEffect, createRoot, createSignal } from "solid-js";
import { applySettings, type AppSettings } from "../app/settings";
import { dropDuplicates, report, setDropDuplicates } from "../app/store";
import { setLocale } from "../i18n/i18n";
import { isLocale } from "../i18n/locales";
import { settingsFromHash } from "./settings-codec";

// Settings from a link or file opened before any data is loaded wait here until the data is there.
const [pendingSettings, setPendingSettings] = createSignal<Partial<AppSettings> | null>(null);
export { pendingSettings };

function applyWithData(settings: Partial<AppSettings>): void {
  applySettings(settings);
  if (typeof settings.dropDuplicates === "boolean" && settings.dropDuplicates !== dropDuplicates()) void setDropDuplicates(settings.dropDuplicates);
}

/** Applies shared settings: the language at once, the rest now if data is loaded, else as soon as it is. */
export function applySharedSettings(settings: Partial<AppSettings>): void {
  if (isLocale(settings.locale)) setLocale(settings.locale);
  if (report() !== null) applyWithData(settings);
  else setPendingSettings(settings);
}

/** Forgets settings that are waiting for data. */
export function discardPendingSettings(): void {
  setPendingSettings(null);
}

function readSettingsFromHash(): void {
  const settings = settingsFromHash(window.location.hash);
  if (!settings) return;
  // The link has done its job; a reload should not undo what the user changes afterwards.
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
  applySharedSettings(settings);
}

/** Reads a settings link the page was opened with (or navigated to) and applies it once data is loaded. */
export function watchSettingsLinks(): void {
  createRoot(() => {
    createEffect(() => {
      const settings = pendingSettings();
      if (settings && report() !== null) {
        setPendingSettings(null);
        applyWithData(settings);
      }
    });
  });
  readSettingsFromHash();
  window.addEventListener("hashchange", readSettingsFromHash);
}
