import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pyramidMessages } from "../../../src/analyses/pyramid/messages";
import { MIGRATION_FROM, MIGRATION_TO, PYRAMID_TIERS } from "../../../src/analyses/pyramid/types";
import { LOCALES } from "../../../src/i18n/locales";

const english: Record<string, string> = pyramidMessages.en;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("pyramid messages", () => {
  it("has every key in all three languages with the same placeholders", () => {
    for (const locale of LOCALES) {
      const catalog: Record<string, string> = pyramidMessages[locale];
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        expect(catalog[key], `${locale} ${key}`).toBeTruthy();
        expect(placeholders(catalog[key] ?? ""), `${locale} ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it("defines every key the pyramid's code asks for, literal or built from a tier name", () => {
    const folder = new URL("../../../src/analyses/pyramid/", import.meta.url);
    const literal = readdirSync(folder).flatMap((file) => [...readFileSync(new URL(file, folder), "utf8").matchAll(/"(pyramid\.[\w.]+)"/g)].map((match) => match[1]!));
    const built = [
      ...PYRAMID_TIERS.map((tier) => `pyramid.tier.${tier}`),
      ...MIGRATION_FROM.filter((from) => from === "new").map((from) => `pyramid.from.${from}`),
      ...MIGRATION_TO.filter((to) => to === "lost").map((to) => `pyramid.to.${to}`),
    ];
    expect([...literal, ...built].filter((key) => !(key in english))).toEqual([]);
  });
});
