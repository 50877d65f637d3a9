/**
 * Every language the CLI and the generators know: one JSON file per language in this folder
 * (English is the source). Adding a language is adding its file and its line below; the
 * completeness test fails when a file in the folder is not listed here.
 * Not imported by the card, which keeps English built in and loads others on demand.
 */
import de from "./de.json";
import en from "./en.json";
import type { TranslationTable } from "./message.js";
import { type Texts, makeTexts } from "./texts.js";

export const LANGUAGE_TABLES: Readonly<Record<string, TranslationTable>> = { en, de };

export const LANGUAGES: readonly string[] = Object.keys(LANGUAGE_TABLES);

/** "de-CH", "de_DE.UTF-8" → "de" when only the base language is known; null when unknown. */
export function supportedLanguage(tag: string): string | null {
  const clean = tag.trim().split(/[.@]/)[0]?.replace("_", "-").toLowerCase() ?? "";
  if (clean in LANGUAGE_TABLES) return clean;
  const base = clean.split("-")[0] ?? "";
  return base in LANGUAGE_TABLES ? base : null;
}

/**
 * The language of the environment's locale, as gettext reads it: LC_ALL, then LC_MESSAGES,
 * then LANG; "C", "POSIX", unset or unknown languages give English.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name]?.trim();
    if (!value) continue;
    return supportedLanguage(value) ?? "en";
  }
  return "en";
}

export function textsFor(lang: string): Texts {
  const resolved = supportedLanguage(lang) ?? "en";
  return makeTexts(resolved, LANGUAGE_TABLES[resolved]);
}
