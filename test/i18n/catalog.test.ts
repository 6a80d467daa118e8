import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appMessages } from "../../src/app/messages";
import { persistenceMessages } from "../../src/persistence/messages";
import { consoleMessages } from "../../src/console/messages";
import { reportMessages } from "../../src/report/messages";
import { shareMessages } from "../../src/share/messages";
import { tourMessages } from "../../src/tour/messages";
import { sizeLimitMessages } from "../../src/data-page/size-limit-messages";
import { interpolate, mergeCatalogs } from "../../src/i18n/catalog";
import { formatDate, formatMoney, formatNumber, formatPercent } from "../../src/i18n/format";
import { LOCALES, localeFromLanguages } from "../../src/i18n/locales";
import { CANONICAL_FIELDS, EXCLUSION_REASONS, NOTED_REASONS } from "../../src/ingest/types";
import type { MessageCatalog } from "../../src/i18n/catalog";

// Every analysis folder's messages.ts, found the way the registry would list them.
const analysisCatalogs = Object.values(import.meta.glob<Record<string, MessageCatalog>>("../../src/analyses/*/messages.ts", { eager: true })).flatMap(
  (module) => Object.values(module),
);
const catalog = mergeCatalogs([appMessages, persistenceMessages, shareMessages, consoleMessages, reportMessages, tourMessages, sizeLimitMessages, ...analysisCatalogs]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("message catalogs", () => {
  it("has every key in every language, none empty, with the same placeholders", () => {
    for (const key of Object.keys(catalog.en)) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      for (const locale of LOCALES) {
        expect(catalog[locale][key], `${locale} ${key}`).toBeTruthy();
        expect(placeholders(catalog[locale][key] ?? ""), `${locale} ${key}`).toEqual(placeholders(catalog.en[key] ?? ""));
      }
    }
  });

  it("defines every literal key the source code asks for", () => {
    const root = new URL("../../src", import.meta.url).pathname;
    const missing: string[] = [];
    for (const file of sourceFiles(root)) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\("([^"]+)"/g)) {
        if (!(match[1]! in catalog.en)) missing.push(`${path.relative(root, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("names every canonical field, reason and its help text", () => {
    const keys = [
      ...CANONICAL_FIELDS.map((field) => `field.${field}`),
      ...[...EXCLUSION_REASONS, ...NOTED_REASONS].flatMap((reason) => [`reason.${reason}`, `reason.${reason}.help`]),
    ];
    expect(keys.filter((key) => !(key in catalog.en))).toEqual([]);
  });

  it("fills placeholders", () => {
    expect(interpolate("{rows} rows, {columns} columns", { rows: "1,000", columns: 4 })).toBe("1,000 rows, 4 columns");
  });
});

describe("locale formatting", () => {
  it("formats numbers, money, shares and dates per language", () => {
    expect(formatNumber("en", 1234567)).toBe("1,234,567");
    expect(formatMoney("zh-Hans", 1234.5)).toBe("1,234.50");
    expect(formatPercent("en", 0.4567)).toBe("45.7%");
    expect(formatDate("en", Date.UTC(2024, 2, 5))).toBe("Mar 5, 2024");
    expect(formatDate("zh-Hans", "2024-03-05")).toBe("2024年3月5日");
    expect(formatDate("zh-Hant", "2024-03-05")).toBe("2024年3月5日");
    expect(formatNumber("en", null)).toBe("–");
  });

  it("picks the language from the browser", () => {
    expect(localeFromLanguages(["zh-TW", "en"])).toBe("zh-Hant");
    expect(localeFromLanguages(["zh-CN"])).toBe("zh-Hans");
    expect(localeFromLanguages(["zh-HK"])).toBe("zh-Hant");
    expect(localeFromLanguages(["fr-FR"])).toBe("en");
  });
});
