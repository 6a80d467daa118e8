import type { AppSettings } from "../app/settings";

const HASH_KEY = "settings";
const FILE_KIND = "crm-studio-settings";

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

function asSettings(value: unknown): Partial<AppSettings> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Partial<AppSettings>) : null;
}

/** The URL hash (`#settings=…`) that carries the settings: base64url of their JSON, never any data. */
export function settingsToHash(settings: AppSettings): string {
  return `#${HASH_KEY}=${toBase64Url(JSON.stringify(settings))}`;
}

/** The settings in a URL hash, or null when it carries none or they cannot be read. */
export function settingsFromHash(hash: string): Partial<AppSettings> | null {
  const encoded = new URLSearchParams(hash.replace(/^#/, "")).get(HASH_KEY);
  if (!encoded) return null;
  try {
    return asSettings(JSON.parse(fromBase64Url(encoded)));
  } catch {
    return null;
  }
}

/** A link to this page that opens with the settings. */
export function settingsLink(settings: AppSettings, pageUrl: string): string {
  return `${pageUrl.split("#")[0]}${settingsToHash(settings)}`;
}

/** The text of a settings file: the settings, marked so another JSON file is not taken for one. */
export function settingsToFileText(settings: AppSettings): string {
  return `${JSON.stringify({ kind: FILE_KIND, ...settings }, null, 2)}\n`;
}

/** The settings in a settings file's text; throws when it is not one. */
export function settingsFromFileText(text: string): Partial<AppSettings> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new SettingsFileError();
  }
  const settings = asSettings(parsed);
  if (!settings || (settings as { kind?: unknown }).kind !== FILE_KIND) throw new SettingsFileError();
  return settings;
}

/** A file that is not a crm-studio settings file. */
export class SettingsFileError extends Error {
  constructor() {
    super("not a crm-studio settings file");
  }
}
