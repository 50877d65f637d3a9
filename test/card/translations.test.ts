// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TRANSLATIONS, languageOf, localizer, resolveLanguage } from "../../card/localize.js";

const DIR = join(import.meta.dirname, "../../card/translations");

describe("card translations", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
  const tables = Object.fromEntries(files.map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(join(DIR, f), "utf8")) as Record<string, string>]));
  const en = tables.en ?? {};

  it("ships English and German, and every file is loaded", () => {
    expect(Object.keys(tables).sort()).toEqual(["de", "en"]);
    expect(Object.keys(TRANSLATIONS).sort()).toEqual(Object.keys(tables).sort());
  });

  for (const [lang, table] of Object.entries(tables)) {
    it(`${lang} has exactly the English keys, non-empty, with the same placeholders`, () => {
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(table)) {
        expect(value.trim(), key).not.toBe("");
        const vars = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
        expect(vars(value), key).toEqual(vars(en[key] ?? ""));
      }
    });
  }

  it("every key the card's source uses exists", () => {
    const sources = ["security-scorecard-card.ts", "check-row.ts", "editor.ts"].map((f) => readFileSync(join(DIR, "..", f), "utf8")).join("\n");
    const used = [...sources.matchAll(/\bt\("([a-z_.]+)"/g)].map((m) => m[1] ?? "");
    expect(used.length).toBeGreaterThan(20);
    for (const key of used) expect(en, key).toHaveProperty([key]);
  });

  it("picks the user's language, its base language, else English", () => {
    expect(languageOf({ locale: { language: "de" }, language: "en" })).toBe("de");
    expect(languageOf({ language: "de" })).toBe("de");
    expect(resolveLanguage("de-CH")).toBe("de");
    expect(resolveLanguage("fr")).toBe("en");
    expect(localizer("de")("fix_next.points", { points: 3 })).toBe("+3 Punkte");
    expect(localizer("fr")("fix_next.points", { points: 3 })).toBe("+3 points");
  });
});
