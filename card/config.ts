/**
 * Card config validation. `setConfig` throws these errors; Home Assistant shows the message
 * in the card's place, so each names the field and what is allowed.
 */
import { array, boolean, enums, object, optional, pattern, refine, size, string, type, unknown, validate, type StructError } from "superstruct";
import { CATEGORIES, type CategoryId } from "../src/checks/types.js";
import type { Override } from "../src/score/types.js";
import { CARD_TAG, CARD_TYPE } from "./const.js";
import type { AcceptedRisk, CardConfig } from "./types.js";

export { CARD_TYPE };
const CATEGORY_IDS = CATEGORIES.map((c) => c.id);
const KINDS = ["risk_accepted", "mitigated"] as const;
export const MAX_REASON = 200;
const CHECK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonBlank = refine(string(), "non_blank", (v) => v.trim() !== "");
const AcceptedStruct = type({
  id: pattern(string(), CHECK_ID),
  kind: enums(KINDS),
  reason: size(nonBlank, 1, MAX_REASON),
});

/** What Lovelace allows on any card (layout, visibility) is passed through unread. */
const CardConfigStruct = object({
  type: string(),
  title: optional(string()),
  categories: optional(size(array(enums(CATEGORY_IDS)), 1, Infinity)),
  compact: optional(boolean()),
  hide_passed: optional(boolean()),
  accepted: optional(
    refine(array(AcceptedStruct), "unique_ids", (list) => {
      const seen = new Set<string>();
      for (const [i, a] of list.entries()) {
        if (seen.has(a.id)) return `accepted[${i}].id "${a.id}" is listed twice`;
        seen.add(a.id);
      }
      return true;
    }),
  ),
  view_layout: optional(unknown()),
  grid_options: optional(unknown()),
  visibility: optional(unknown()),
  layout_options: optional(unknown()),
});

/**
 * One sentence per way a field can be wrong, naming the field and what is allowed
 * (superstruct's own messages describe its types, not the card's options).
 */
function messageFor(error: StructError, input: Record<string, unknown>): string {
  const failure = error.failures()[0] ?? error;
  const [key, index, field] = failure.path as [string | undefined, number | undefined, string | undefined];
  const where = `accepted[${String(index)}]`;
  switch (key) {
    case undefined:
      return "the configuration must be a mapping";
    case "type":
      return "type must be a string";
    case "title":
      return "title must be a string";
    case "categories":
      return index === undefined
        ? "categories must be a non-empty list"
        : `unknown category "${String(failure.value)}" (allowed: ${CATEGORY_IDS.join(", ")})`;
    case "compact":
    case "hide_passed":
      return `${key} must be true or false`;
    case "accepted":
      if (index === undefined) return failure.refinement === "unique_ids" ? failure.message : "accepted must be a list of {id, kind, reason}";
      if (field === undefined) return `${where} must be a mapping with id, kind and reason`;
      if (field === "id") return `${where}.id must be a check id`;
      if (field === "kind") return `${where}.kind must be risk_accepted or mitigated`;
      return failure.refinement === "size" && typeof failure.value === "string" && failure.value.trim() !== ""
        ? `${where}.reason is longer than ${MAX_REASON} characters`
        : `${where}.reason must be a non-empty string`;
    default:
      return key in input ? `unknown option "${key}"` : `${key} is invalid`;
  }
}

export function validateConfig(input: unknown): CardConfig {
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw new Error(`${CARD_TAG}: the configuration must be a mapping`);
  const [error] = validate(input, CardConfigStruct);
  if (error !== undefined) throw new Error(`${CARD_TAG}: ${messageFor(error, input as Record<string, unknown>)}`);
  return input as CardConfig;
}

export function overridesOf(accepted: readonly AcceptedRisk[] | undefined): Record<string, Override> {
  const out: Record<string, Override> = {};
  for (const a of accepted ?? []) out[a.id] = { kind: a.kind, reason: a.reason };
  return out;
}

export function visibleCategories(config: CardConfig): ReadonlySet<CategoryId> {
  return new Set(config.categories ?? CATEGORIES.map((c) => c.id));
}
