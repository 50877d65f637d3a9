/**
 * Card config validation. `setConfig` throws these errors; Home Assistant shows the message
 * in the card's place, so each names the field and what is allowed.
 */
import { CATEGORIES, type CategoryId } from "../src/checks/types.js";
import type { Override } from "../src/score/types.js";
import type { AcceptedRisk, CardConfig } from "./types.js";

export const CARD_TYPE = "custom:security-scorecard-card";
const KNOWN_KEYS = new Set(["type", "title", "categories", "compact", "hide_passed", "accepted", "view_layout", "grid_options", "visibility", "layout_options"]);
const CATEGORY_IDS = new Set<string>(CATEGORIES.map((c) => c.id));
const KINDS = new Set<string>(["risk_accepted", "mitigated"]);
export const MAX_REASON = 200;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function validateConfig(input: unknown): CardConfig {
  if (!isRecord(input)) throw new Error("security-scorecard-card: the configuration must be a mapping");
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) throw new Error(`security-scorecard-card: unknown option "${key}"`);
  }
  const { title, categories, compact, hide_passed, accepted } = input;
  if (title !== undefined && typeof title !== "string") throw new Error("security-scorecard-card: title must be a string");
  if (categories !== undefined) {
    if (!Array.isArray(categories) || categories.length === 0) {
      throw new Error("security-scorecard-card: categories must be a non-empty list");
    }
    for (const c of categories) {
      if (typeof c !== "string" || !CATEGORY_IDS.has(c)) {
        throw new Error(`security-scorecard-card: unknown category "${String(c)}" (allowed: ${[...CATEGORY_IDS].join(", ")})`);
      }
    }
  }
  if (compact !== undefined && typeof compact !== "boolean") throw new Error("security-scorecard-card: compact must be true or false");
  if (hide_passed !== undefined && typeof hide_passed !== "boolean") {
    throw new Error("security-scorecard-card: hide_passed must be true or false");
  }
  if (accepted !== undefined) {
    if (!Array.isArray(accepted)) throw new Error("security-scorecard-card: accepted must be a list of {id, kind, reason}");
    const seen = new Set<string>();
    accepted.forEach((a: unknown, i) => {
      const where = `security-scorecard-card: accepted[${i}]`;
      if (!isRecord(a)) throw new Error(`${where} must be a mapping with id, kind and reason`);
      if (typeof a.id !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a.id)) throw new Error(`${where}.id must be a check id`);
      if (seen.has(a.id)) throw new Error(`${where}.id "${a.id}" is listed twice`);
      seen.add(a.id);
      if (typeof a.kind !== "string" || !KINDS.has(a.kind)) throw new Error(`${where}.kind must be risk_accepted or mitigated`);
      if (typeof a.reason !== "string" || a.reason.trim() === "") throw new Error(`${where}.reason must be a non-empty string`);
      if (a.reason.length > MAX_REASON) throw new Error(`${where}.reason is longer than ${MAX_REASON} characters`);
    });
  }
  return input as unknown as CardConfig;
}

export function overridesOf(accepted: readonly AcceptedRisk[] | undefined): Record<string, Override> {
  const out: Record<string, Override> = {};
  for (const a of accepted ?? []) out[a.id] = { kind: a.kind, reason: a.reason };
  return out;
}

export function visibleCategories(config: CardConfig): ReadonlySet<CategoryId> {
  return new Set(config.categories ?? CATEGORIES.map((c) => c.id));
}
