import { type CatalogField, englishCheckText } from "../i18n/texts.js";
import type { Check } from "./types.js";

/** A check as its file writes it: its texts live in src/i18n/<lang>.json under `checks.<id>.*`. */
export type CheckSpec = Omit<Check, CatalogField>;

/** The check with its English texts filled in from src/i18n/en.json. */
export function defineCheck(spec: CheckSpec): Check {
  return {
    ...spec,
    title: englishCheckText(spec.id, "title"),
    problem: englishCheckText(spec.id, "problem"),
    why: englishCheckText(spec.id, "why"),
    fix: englishCheckText(spec.id, "fix"),
  };
}
