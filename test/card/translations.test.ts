// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LANGUAGES, languageOf, loadLanguage, localizer, resetLanguages, resolveLanguage, translationUrl } from "../../card/localize.js";

const DIR = join(import.meta.dirname, "../../card/translations");

afterEach(() => {
  resetLanguages();
  vi.restoreAllMocks();
});

describe("card translations", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
  const tables = Object.fromEntries(files.map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(join(DIR, f), "utf8")) as Record<string, string>]));
  const en = tables.en ?? {};

  it("ships English and German, and the card knows every file", () => {
    expect(Object.keys(tables).sort()).toEqual(["de", "en"]);
    expect([...LANGUAGES].sort()).toEqual(Object.keys(tables).sort());
  });

  /** A fetch that serves card/translations and records what was asked. */
  function fakeFetch(): { fetcher: (url: string) => Promise<Response>; urls: string[] } {
    const urls: string[] = [];
    const fetcher = async (url: string): Promise<Response> => {
      urls.push(url);
      const lang = /translations\/([a-z]+)\.json/.exec(url)?.[1] ?? "";
      return tables[lang] ? new Response(JSON.stringify(tables[lang])) : new Response("not found", { status: 404 });
    };
    return { fetcher, urls };
  }

  it("fetches German once, beside the bundle with its ?v=, only for a German user", async () => {
    const { fetcher, urls } = fakeFetch();
    expect(localizer("de")("fix_next.points", { points: 3 })).toBe("+3 points"); // English until loaded
    expect(await loadLanguage("en", fetcher)).toBe("en");
    expect(await loadLanguage("fr", fetcher)).toBe("en");
    expect(urls).toEqual([]);
    const [a, b] = await Promise.all([loadLanguage("de-CH", fetcher), loadLanguage("de", fetcher)]);
    expect([a, b]).toEqual(["de", "de"]);
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/\/card\/translations\/de\.json$/);
    expect(localizer("de")("fix_next.points", { points: 3 })).toBe("+3 Punkte");
    expect(translationUrl("de", "http://ha.local:8123/security_scorecard/security-scorecard-card.js?v=abc123")).toBe(
      "http://ha.local:8123/security_scorecard/translations/de.json?v=abc123",
    );
  });

  it("a missing or malformed file leaves the card in English with one clear warning, and may be tried again", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await loadLanguage("de", async () => new Response("nope", { status: 404 }))).toBe("en");
    expect(await loadLanguage("de", async () => new Response(JSON.stringify({ "card.name": 5 })))).toBe("en");
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      "security-scorecard-card: de translations unavailable (HTTP 404), showing English",
      "security-scorecard-card: de translations unavailable (not a table of strings), showing English",
    ]);
    expect(localizer("de")("fix_next.points", { points: 3 })).toBe("+3 points");
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
    const sources = ["security-scorecard-card.ts", "check-row.ts", "editor.ts", "config-form.ts"].map((f) => readFileSync(join(DIR, "..", f), "utf8")).join("\n");
    const used = [...sources.matchAll(/\bt\("([a-z_.]+)"/g)].map((m) => m[1] ?? "");
    expect(used.length).toBeGreaterThan(20);
    for (const key of used) expect(en, key).toHaveProperty([key]);
  });

  it("picks the user's language, its base language, else English", () => {
    expect(languageOf({ locale: { language: "de" }, language: "en" })).toBe("de");
    expect(languageOf({ language: "de" })).toBe("de");
    expect(resolveLanguage("de-CH")).toBe("de");
    expect(resolveLanguage("fr")).toBe("en");
    expect(localizer("fr")("fix_next.points", { points: 3 })).toBe("+3 points");
  });
});
