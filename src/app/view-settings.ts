import { createSignal } from "solid-js";

/**
 * The settings of every analysis view (period, measure, thresholds …), kept outside the components so they
 * survive switching tabs and can be saved, put in a settings link and restored. Values must be JSON.
 */
const [viewSettings, setViewSettings] = createSignal<Record<string, Record<string, unknown>>>({});
export { viewSettings };

/**
 * One setting of one view as a signal-like pair; the default is used until the user (or a link) sets it,
 * and whenever a stored value fails `isValid` (settings links and files come from outside).
 */
export function useViewSetting<T>(analysisId: string, key: string, defaultValue: T, isValid?: (value: unknown) => boolean): [get: () => T, set: (value: T) => void] {
  const get = () => {
    const stored = viewSettings()[analysisId]?.[key];
    return stored === undefined || (isValid && !isValid(stored)) ? defaultValue : (stored as T);
  };
  const set = (value: T) =>
    setViewSettings((all) => ({ ...all, [analysisId]: { ...all[analysisId], [key]: value as unknown } }));
  return [get, set];
}

/** Replaces all view settings (from a settings link, a settings file or storage). */
export function replaceViewSettings(next: Record<string, Record<string, unknown>>): void {
  setViewSettings(next);
}
