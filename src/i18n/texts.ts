/**
 * Everything a report or the card says about a check, in one language: catalog texts
 * (`checks.<id>.title|problem|why|fix`), category titles and evidence. English is built in;
 * other languages come as a table (the CLI bundles them, the card loads one on demand).
 */
import type { CategoryId, Check, Evidence } from "../checks/types.js";
import en from "./en.json";
import { type Lookup, type Message, type MessageParam, type TranslationTable, formatMessage, lookupIn } from "./message.js";

export const ENGLISH: TranslationTable = en;

export const CATALOG_FIELDS = ["title", "problem", "why", "fix"] as const;
export type CatalogField = (typeof CATALOG_FIELDS)[number];

export function checkKey(id: string, field: CatalogField): string {
  return `checks.${id}.${field}`;
}

/** The English text of a catalog field: what check objects carry. */
export function englishCheckText(id: string, field: CatalogField): string {
  return ENGLISH[checkKey(id, field)] ?? "";
}

export interface Texts {
  readonly lang: string;
  message(msg: Message): string;
  /** Any other text of the files by key (`report.*`), with its parameters. */
  ui(key: string, params?: Readonly<Record<string, MessageParam>>): string;
  /** The check's text in this language; English, then the check's own text, where the table lacks it. */
  check(check: Pick<Check, "id" | CatalogField>, field: CatalogField): string;
  /** A failing or warning check is headed by its problem, any other by its goal (title). */
  heading(check: Pick<Check, "id" | CatalogField>, status: string): string;
  category(id: CategoryId): string;
  /** One evidence line: "configuration.yaml:12 " before the message when it has a place. */
  evidence(e: Evidence): string;
}

export function isFinding(status: string): boolean {
  return status === "fail" || status === "warn";
}

/** "configuration.yaml:12", "secrets.yaml", or null. */
export function evidencePlace(e: Evidence): string | null {
  if (e.file === undefined) return null;
  return e.line === undefined ? e.file : `${e.file}:${e.line}`;
}

export function makeTexts(lang: string, table: TranslationTable | undefined): Texts {
  const lookup: Lookup = lookupIn(table, ENGLISH);
  const message = (msg: Message): string => formatMessage(msg, lookup, lang);
  const check = (c: Pick<Check, "id" | CatalogField>, field: CatalogField): string => lookup(checkKey(c.id, field)) ?? c[field];
  return {
    lang,
    message,
    ui: (key, params) => message(params === undefined ? { key } : { key, params }),
    check,
    heading: (c, status) => check(c, isFinding(status) ? "problem" : "title"),
    category: (id) => lookup(`categories.${id}`) ?? id,
    evidence(e) {
      const place = evidencePlace(e);
      const text = message(e);
      return place === null ? text : `${place} ${text}`;
    },
  };
}

export const ENGLISH_TEXTS: Texts = makeTexts("en", ENGLISH);
