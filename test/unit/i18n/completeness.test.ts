/**
 * One translation file per language (src/i18n/<lang>.json), English the source: every
 * language has exactly English's keys (a missing key fails, so does a stray one), with
 * the same parameters; every check has its four texts; every evidence and reason key a
 * check uses exists and every one in the files is used. Adding a language is adding a file
 * (and its line in src/i18n/languages.ts, which this test also holds).
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_ADMINS } from "../../../src/checks/accounts/auth-few-admins.js";
import { STALE_DAYS } from "../../../src/checks/accounts/util.js";
import { CATALOG } from "../../../src/checks/catalog.js";
import { MAX_LOGIN_ATTEMPTS } from "../../../src/checks/network/net-login-threshold.js";
import { CATEGORIES } from "../../../src/checks/types.js";
import { LANGUAGE_TABLES } from "../../../src/i18n/languages.js";
import { templateParams } from "../../../src/i18n/message.js";
import { CATALOG_FIELDS, checkKey } from "../../../src/i18n/texts.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const I18N = join(ROOT, "src/i18n");
const files = readdirSync(I18N).filter((f) => f.endsWith(".json"));
const tables = Object.fromEntries(files.map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(join(I18N, f), "utf8")) as Record<string, string>]));
const en = tables.en ?? {};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith(".ts") ? [readFileSync(join(dir, d.name), "utf8")] : [],
  );
}

/** Keys missing from `table` and keys it has that English lacks. */
export function keyDiff(table: Readonly<Record<string, string>>, english: Readonly<Record<string, string>>): { missing: string[]; stray: string[] } {
  return { missing: Object.keys(english).filter((k) => !(k in table)), stray: Object.keys(table).filter((k) => !(k in english)) };
}

describe("translation files", () => {
  it("has English and German, and every file is a language the code knows", () => {
    expect(Object.keys(tables).sort()).toEqual(["de", "en"]);
    expect(Object.keys(LANGUAGE_TABLES).sort()).toEqual(Object.keys(tables).sort());
  });

  it("the key diff catches a missing and a stray key (the check below is not vacuous)", () => {
    const [first, ...rest] = Object.entries(en);
    const broken = { ...Object.fromEntries(rest), "checks.nope.title": "x" };
    expect(keyDiff(broken, en)).toEqual({ missing: [first?.[0]], stray: ["checks.nope.title"] });
  });

  for (const [lang, table] of Object.entries(tables)) {
    it(`${lang}: exactly English's keys, none empty, the same parameters`, () => {
      expect(keyDiff(table, en)).toEqual({ missing: [], stray: [] });
      for (const [key, value] of Object.entries(table)) {
        expect(value.trim(), `${lang} ${key}`).not.toBe("");
        expect(templateParams(value), `${lang} ${key}`).toEqual(templateParams(en[key] ?? ""));
      }
    });

    it(`${lang}: every check has title, problem, why and fix, and its problem is not its title`, () => {
      for (const c of CATALOG) {
        for (const field of CATALOG_FIELDS) expect(table[checkKey(c.id, field)]?.trim(), `${lang} ${c.id}.${field}`).toBeTruthy();
        expect(table[checkKey(c.id, "problem")], `${lang} ${c.id}`).not.toBe(table[checkKey(c.id, "title")]);
      }
      for (const cat of CATEGORIES) expect(table[`categories.${cat.id}`], `${lang} ${cat.id}`).toBeTruthy();
    });
  }

  it("German is translated: no check text is left in English", () => {
    const de = tables.de ?? {};
    for (const c of CATALOG) for (const field of CATALOG_FIELDS) expect(de[checkKey(c.id, field)], `${c.id}.${field}`).not.toBe(en[checkKey(c.id, field)]);
  });

  it("has no text for a check that does not exist", () => {
    const ids = new Set(CATALOG.map((c) => c.id));
    const named = Object.keys(en).flatMap((k) => (k.startsWith("checks.") ? [k.split(".")[1] ?? ""] : []));
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("every evidence key the checks use exists, and every evidence key is used", () => {
    const code = sources(join(ROOT, "src")).join("\n");
    const evidenceKeys = Object.keys(en).filter((k) => k.startsWith("evidence."));
    expect(evidenceKeys.length).toBeGreaterThan(150);
    // Keys are written without the "evidence." prefix (src/checks/result.ts ev/msg); the type checker holds the other direction.
    const unused = evidenceKeys.filter((k) => !code.includes(`"${k.slice("evidence.".length)}"`));
    expect(unused).toEqual([]);
  });

  it("every reason key the code uses exists, every reason key is used, and a check's reason names a real check", () => {
    const code = sources(join(ROOT, "src")).join("\n");
    const reasonKeys = Object.keys(en).filter((k) => k.startsWith("reasons."));
    expect(reasonKeys.length).toBeGreaterThan(50);
    // Written without the "reasons." prefix (src/checks/result.ts reasonMsg, notAssessed, notApplicable); the type checker holds the other direction.
    expect(reasonKeys.filter((k) => !code.includes(`"${k.slice("reasons.".length)}"`))).toEqual([]);
    const ids = new Set(CATALOG.map((c) => c.id));
    const named = reasonKeys.flatMap((k) => {
      const parts = k.split(".");
      return parts.length === 3 ? [parts[1] ?? ""] : [];
    });
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("German is translated: no reason is left in English", () => {
    const de = tables.de ?? {};
    // Only the joint ("{first}; {rest}") has no words of its own.
    const same = Object.keys(en).filter((k) => k.startsWith("reasons.") && de[k] === en[k]);
    expect(same).toEqual(["reasons.joined"]);
  });

  it("titles that name a threshold name the one the check uses, in every language", () => {
    const named: [string, number][] = [
      ["auth-few-admins", MAX_ADMINS],
      ["auth-unused-users", STALE_DAYS],
      ["auth-token-unused", STALE_DAYS],
      ["net-login-threshold", MAX_LOGIN_ATTEMPTS],
    ];
    for (const table of Object.values(tables)) for (const [id, n] of named) expect(table[checkKey(id, "title")], id).toContain(String(n));
  });

  it("the check objects carry the English texts (defineCheck)", () => {
    for (const c of CATALOG) for (const field of CATALOG_FIELDS) expect(c[field], `${c.id}.${field}`).toBe(en[checkKey(c.id, field)]);
  });
});
