/**
 * UI strings. The language is `hass.locale.language` (the user's choice in their profile),
 * else `hass.language`; unknown languages and missing keys fall back to English. Check
 * titles, "why" and "fix" come from the catalog and stay English for now.
 */
import de from "./translations/de.json";
import en from "./translations/en.json";

export type TranslationKey = keyof typeof en;
export type Localize = (key: TranslationKey, vars?: Readonly<Record<string, string | number>>) => string;

export const TRANSLATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = { en, de };

interface LanguageSource {
  readonly locale?: { readonly language?: string } | null;
  readonly language?: string;
}

export function languageOf(hass: LanguageSource | undefined): string {
  return hass?.locale?.language ?? hass?.language ?? "en";
}

/** "de-CH" → "de"; anything we have no file for → "en". */
export function resolveLanguage(language: string): string {
  if (language in TRANSLATIONS) return language;
  const base = language.split(/[-_]/)[0] ?? "en";
  return base in TRANSLATIONS ? base : "en";
}

const cache = new Map<string, Localize>();

export function localizer(language: string): Localize {
  const lang = resolveLanguage(language);
  let fn = cache.get(lang);
  if (fn === undefined) {
    const table = TRANSLATIONS[lang] ?? en;
    fn = (key, vars) => {
      const template = table[key] ?? (en as Record<string, string>)[key] ?? key;
      return vars === undefined ? template : template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
    };
    cache.set(lang, fn);
  }
  return fn;
}
