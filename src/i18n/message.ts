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

/** The text of `msg`; a missing key renders as the key (the completeness test keeps that from shipping). */
export function formatMessage(msg: Message, lookup: Lookup): string {
  const template = lookup(msg.key) ?? msg.key;
  const params = msg.params;
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? formatMessage(value, lookup) : String(value);
  });
}

/** The `{name}` parameters a template uses, sorted and unique. */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ""))].sort();
}
