/**
 * The card's on-demand translation file of a language (the integration serves
 * frontend/translations/<lang>.json beside the bundle): the card's own UI strings
 * (card/translations/<lang>.json) and the catalog, evidence and reason texts of
 * src/i18n/<lang>.json, in one table. English is built into the bundle and has no file.
 * Pure, so scripts/gen-catalog.ts stays IO only and the test can build the same thing.
 */
import type { TranslationTable } from "./message.js";

/** Keys of src/i18n/<lang>.json the card renders (reasons too: a row's and the grade's); `integration.*` is for Home Assistant's own files. */
export function isCardKey(key: string): boolean {
  return key.startsWith("checks.") || key.startsWith("categories.") || key.startsWith("evidence.") || key.startsWith("reasons.");
}

export function cardTranslationFile(cardUi: TranslationTable, catalog: TranslationTable): string {
  const table: Record<string, string> = { ...cardUi };
  for (const [key, value] of Object.entries(catalog)) {
    if (!isCardKey(key)) continue;
    if (key in cardUi) throw new Error(`translation key ${key} is both a card string and a catalog text`);
    table[key] = value;
  }
  return `${JSON.stringify(table, null, 2)}\n`;
}
