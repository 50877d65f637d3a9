/**
 * Messages: a translation key and its parameters, rendered per language by `formatMessage`.
 * Parameters are places, counts and names (never configuration values); a parameter may be
 * a message itself ("an unnamed user"), rendered in the same language.
 */

export type MessageParam = string | number | Message;

export interface Message {
  /** Key in the translation files, e.g. "evidence.auth-admin-mfa.no_mfa". */
  readonly key: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/** One language's texts: flat keys to templates with `{name}` parameters. */
export type TranslationTable = Readonly<Record<string, string>>;

/** Looks a key up in the chosen language, falling back to English; undefined when neither has it. */
export type Lookup = (key: string) => string | undefined;

export function lookupIn(table: TranslationTable | undefined, english: TranslationTable): Lookup {
  return (key) => table?.[key] ?? english[key];
}

/**
 * The text of `msg` in `lang` (numbers as that language writes them); a missing key renders
 * as the key (the completeness test keeps that from shipping).
 */
export function formatMessage(msg: Message, lookup: Lookup, lang = "en"): string {
  const template = lookup(msg.key) ?? msg.key;
  const params = msg.params;
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === "object") return formatMessage(value, lookup, lang);
    return typeof value === "number" ? formatNumber(value, lang) : value;
  });
}

const decimalFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as `lang` writes it: "4,4" in German, "4.4" in English. Integers stay plain digits,
 * with no thousands separator, since they are ports, years and counts ("8123", "2026").
 */
export function formatNumber(n: number, lang: string): string {
  if (Number.isInteger(n) || !Number.isFinite(n)) return String(n);
  let format = decimalFormats.get(lang);
  if (format === undefined) {
    format = decimalFormat(lang);
    decimalFormats.set(lang, format);
  }
  return format.format(n);
}

function decimalFormat(lang: string): Intl.NumberFormat {
  const options: Intl.NumberFormatOptions = { useGrouping: false, maximumFractionDigits: 20 };
  try {
    return new Intl.NumberFormat(lang, options);
  } catch {
    // A malformed language tag is English, as everywhere else.
    return new Intl.NumberFormat("en", options);
  }
}

/** The `{name}` parameters a template uses, sorted and unique. */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ""))].sort();
}
