import { describe, expect, it } from "vitest";
import type { AppSettings } from "../../src/app/settings";
import { SettingsFileError, settingsFromFileText, settingsFromHash, settingsLink, settingsToFileText, settingsToHash } from "../../src/share/settings-codec";

const SETTINGS: AppSettings = {
  version: 1,
  locale: "zh-Hant",
  page: "cohorts",
  asOfDate: "2024-06-30",
  dropDuplicates: true,
  views: { cohorts: { period: "quarter", range: { first: "2024-01-01", last: null } }, rfm: { segmentName: "重要价值客户 \"VIP\" #1 & co" } },
};

describe("settings link", () => {
  it("carries the settings through the URL hash unchanged, Chinese and quotes included", () => {
    const hash = settingsToHash(SETTINGS);
    expect(hash).toMatch(/^#settings=[A-Za-z0-9_-]+$/); // base64url: nothing a URL or a chat app would mangle
    expect(settingsFromHash(hash)).toEqual(SETTINGS);
  });

  it("replaces any previous hash and keeps the page address", () => {
    const link = settingsLink(SETTINGS, "https://example.org/app/?x=1#settings=old");
    expect(link.startsWith("https://example.org/app/?x=1#settings=")).toBe(true);
    expect(settingsFromHash(new URL(link).hash)).toEqual(SETTINGS);
  });

  it("ignores hashes that are not settings or cannot be read", () => {
    expect(settingsFromHash("")).toBeNull();
    expect(settingsFromHash("#section-2")).toBeNull();
    expect(settingsFromHash("#settings=%%%")).toBeNull();
    expect(settingsFromHash(`#settings=${btoa("[1,2]")}`)).toBeNull();
  });
});

describe("settings file", () => {
  it("round-trips and is marked as a settings file", () => {
    const text = settingsToFileText(SETTINGS);
    expect(JSON.parse(text)).toMatchObject({ kind: "crm-studio-settings", locale: "zh-Hant" });
    expect(settingsFromFileText(`\uFEFF${text}`)).toMatchObject(SETTINGS);
  });

  it("refuses other JSON and non-JSON", () => {
    expect(() => settingsFromFileText('{"locale":"en"}')).toThrow(SettingsFileError);
    expect(() => settingsFromFileText("customer_id,amount")).toThrow(SettingsFileError);
  });
});
