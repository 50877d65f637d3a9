/**
 * The `where` placeholder of a Repairs issue: the places a finding's evidence names —
 * file:line, user, token and add-on names, never a value — the first few, then "(+N)"
 * for the rest. Plain text within the backend's bounds (sync.py: at most
 * MAX_PLACEHOLDER_LEN characters, no markup, no link), and language-neutral: the same
 * value reads right in every language's description ("Where: …" / "Wo: …").
 */
import type { Evidence } from "../checks/types.js";
import type { Message, MessageParam } from "../i18n/message.js";
import { evidencePlace } from "../i18n/texts.js";

/** custom_components/security_scorecard/const.py MAX_PLACEHOLDER_LEN. */
export const MAX_WHERE_LENGTH = 100;
/** How many places are named before "(+N)". */
export const MAX_WHERE_PLACES = 3;
/** When the evidence names no place: the finding is about the instance as a whole. */
export const WHOLE_INSTANCE = "Home Assistant";

/** Parameters that name a place, in the order a place is looked for. */
const PLACE_PARAMS = ["addon", "name", "user", "token", "owner", "entity", "folder", "network"] as const;

// sync.py plain_text_problem: markup, links, e-mail addresses, controls and invisible characters.
const MARKUP = /[<>[\]`\\]/;
const LINK = /[a-z][a-z0-9+.-]*:\/|\bwww\.|mailto:|[^\s@]@[^\s@]+\.[^\s@]/i;
const NOT_PLAIN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]/u;

function isPlain(s: string): boolean {
  return !MARKUP.test(s) && !LINK.test(s) && !NOT_PLAIN.test(s);
}

function placeIn(params: Readonly<Record<string, MessageParam>> | undefined): string | null {
  if (params === undefined) return null;
  for (const name of PLACE_PARAMS) {
    const value = params[name];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    // A label message ("Token \"Node-RED\" of \"Alice\""): its own place parameters.
    if (typeof value === "object") {
      const inner = placeIn((value as Message).params);
      if (inner !== null) return inner;
    }
  }
  return null;
}

/** The place one piece of evidence names, or null ("… and 3 more" names none). */
export function placeOf(e: Evidence): string | null {
  return evidencePlace(e) ?? placeIn(e.params);
}

/** "configuration.yaml:12, configuration.yaml:30, \"Alice\" (+2)", or WHOLE_INSTANCE. */
export function wherePlaceholder(evidence: readonly Evidence[]): string {
  const places: string[] = [];
  let hidden = 0;
  for (const e of evidence) {
    // "… and N more" stands for places the check did not list.
    if (e.key === "evidence.common.and_more") {
      const n = e.params?.count;
      if (typeof n === "number") hidden += n;
      continue;
    }
    const place = placeOf(e);
    if (place !== null && !places.includes(place)) places.push(place);
  }
  const usable = places.filter(isPlain);
  hidden += places.length - usable.length;
  if (usable.length === 0) return hidden > 0 ? `${WHOLE_INSTANCE} (+${hidden})` : WHOLE_INSTANCE;
  let shown = usable.slice(0, MAX_WHERE_PLACES);
  hidden += usable.length - shown.length;
  const text = (list: readonly string[], more: number) => `${list.join(", ")}${more > 0 ? ` (+${more})` : ""}`;
  while (shown.length > 1 && text(shown, hidden).length > MAX_WHERE_LENGTH) {
    shown = shown.slice(0, -1);
    hidden++;
  }
  const out = text(shown, hidden);
  if (out.length <= MAX_WHERE_LENGTH) return out;
  // One place longer than the bound (a deep key path): cut it, keeping the count.
  const suffix = hidden > 0 ? ` (+${hidden})` : "";
  return `${out.slice(0, MAX_WHERE_LENGTH - suffix.length - 1)}…${suffix}`;
}
