/**
 * UI strings. The language is `hass.locale.language` (the user's choice in their profile),
 * else `hass.language`; unknown languages and missing keys fall back to English. Check
 * titles, "why" and "fix" come from the catalog and stay English for now.
 *
 * English is built into the bundle; every other language is a file the integration serves
 * beside it (`translations/<lang>.json`), fetched only for a user of that language, once.
 */
import { record, string, validate } from "superstruct";
import { formatMessage } from "../src/i18n/message.js";
import en from "./translations/en.json";

export type TranslationKey = keyof typeof en;
export type Localize = (key: TranslationKey, vars?: Readonly<Record<string, string | number>>) => string;
type Table = Readonly<Record<string, string>>;

/** The languages that have a file in card/translations (the translations test keeps this true). */
export const LANGUAGES: readonly string[] = ["en", "de"];

const tables = new Map<string, Table>([["en", en]]);
const loading = new Map<string, Promise<string>>();
const TableStruct = record(string(), string());

interface LanguageSource {
  readonly locale?: { readonly language?: string } | null;
  readonly language?: string;
}

export function languageOf(hass: LanguageSource | undefined): string {
  return hass?.locale?.language ?? hass?.language ?? "en";
}

/** "de-CH" → "de"; anything we have no file for → "en". */
export function resolveLanguage(language: string): string {
  if (LANGUAGES.includes(language)) return language;
  const base = language.split(/[-_]/)[0] ?? "en";
  return LANGUAGES.includes(base) ? base : "en";
}

/** The entry module's URL (set by it): only it carries the integration's `?v=`; chunks are loaded without. */
let entryUrl: string = import.meta.url;

export function setEntryUrl(url: string): void {
  entryUrl = url;
}

/** Beside the bundle, with the entry's own `?v=` (the integration's hash of the folder), so an update is fetched anew. */
export function translationUrl(lang: string, moduleUrl: string = entryUrl): string {
  const url = new URL(`translations/${lang}.json`, moduleUrl);
  url.search = new URL(moduleUrl).search;
  return url.href;
}

export type Fetcher = (url: string) => Promise<Pick<Response, "ok" | "status" | "json">>;

/**
 * Make a language's strings available; resolves to the language to render with: the
 * requested one once loaded, else "en" (a missing or malformed file is logged, the card
 * stays in English). Each language is fetched at most once per page.
 */
export function loadLanguage(language: string, fetcher: Fetcher = (url) => fetch(url)): Promise<string> {
  const lang = resolveLanguage(language);
  if (tables.has(lang)) return Promise.resolve(lang);
  let pending = loading.get(lang);
  if (pending === undefined) {
    const url = translationUrl(lang);
    pending = (async () => {
      try {
        const res = await fetcher(url);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const [error, table] = validate(await res.json(), TableStruct);
        if (error !== undefined) throw new Error("not a table of strings");
        tables.set(lang, table);
        return lang;
      } catch (err) {
        console.warn(`security-scorecard-card: ${lang} translations unavailable (${err instanceof Error ? err.message : "error"}), showing English`);
        loading.delete(lang); // a later language change may try again
        return "en";
      }
    })();
    loading.set(lang, pending);
  }
  return pending;
}

/** A loaded language's whole table (it carries the catalog texts too: card/catalog-texts.ts), or undefined. */
export function loadedTable(language: string): Table | undefined {
  return tables.get(resolveLanguage(language));
}

const cache = new Map<string, Localize>();

/** Strings of a loaded language (English until `loadLanguage` has it). */
export function localizer(language: string): Localize {
  const lang = resolveLanguage(language);
  const table = tables.get(lang);
  if (table === undefined) return localizer("en");
  let fn = cache.get(lang);
  if (fn === undefined) {
    // The catalog's renderer, so numbers come out as the language writes them ("4,4" in German).
    const lookup = (k: string): string | undefined => table[k] ?? (en as Table)[k];
    fn = (key, vars) => formatMessage(vars === undefined ? { key } : { key, params: vars }, lookup, lang);
    cache.set(lang, fn);
  }
  return fn;
}

/** Forget loaded languages (tests). */
export function resetLanguages(): void {
  for (const lang of tables.keys()) if (lang !== "en") tables.delete(lang);
  loading.clear();
  cache.clear();
}
