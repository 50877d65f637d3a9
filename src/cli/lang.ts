/** `--lang`: the language of the report's check texts and evidence. */
import { LANGUAGES, languageFromEnv, supportedLanguage, textsFor } from "../i18n/languages.js";
import type { Texts } from "../i18n/texts.js";
import { CliError } from "./errors.js";

export const LANG_USAGE = `  --lang LANG           Language of check texts and evidence: ${LANGUAGES.join(", ")} (default: from
                        LC_ALL, LC_MESSAGES or LANG; English when unset or not translated)`;

/**
 * The texts for `--lang`, else for the environment's locale. An explicit language we have
 * no translation for is an error (a typo should not silently give English); a locale we
 * do not translate falls back to English, as any program does.
 */
export function textsForArgs(lang: string | undefined, env: Readonly<Record<string, string | undefined>>): Texts {
  if (lang === undefined) return textsFor(languageFromEnv(env));
  const resolved = supportedLanguage(lang);
  if (resolved === null) throw new CliError(`invalid --lang "${lang}": use one of ${LANGUAGES.join(", ")}`);
  return textsFor(resolved);
}
