/**
 * The card's engine: the collector, the checks and the judge. Loaded with `import()` when a
 * card first collects (card/deps.ts), so the pages of Home Assistant that show no scorecard,
 * and non-admins, who get no scorecard, load only the card's shell.
 */
import { collectServer } from "../src/collect/server.js";
import type { Facts } from "../src/facts/types.js";
import { hassUpdates } from "./hass-entities.js";
import type { HomeAssistant } from "./types.js";

export { collectFacts, mergeFacts } from "../src/collect/index.js";
export { evaluate } from "../src/score/evaluate.js";
export { hassEntities } from "./hass-entities.js";
export { ENGLISH_TEXTS, makeTexts } from "../src/i18n/texts.js";
export { sameFindings, syncPayload } from "../src/score/sync-payload.js";

/** Facts with `updates` read again from `hass` (no command: the frontend keeps both current). */
export function patchUpdates(facts: Facts, hass: HomeAssistant): Facts {
  return { ...facts, updates: hassUpdates(hass) };
}

/**
 * Facts with the server parts replaced by one `security_scorecard/subscribe` message (the
 * same shape as `security_scorecard/facts`, validated by the same collector code). An
 * `http/config` reading is kept: where Home Assistant has it, it wins over the backend's.
 */
export function mergeServerFacts(facts: Facts, message: unknown): Facts {
  const parts = collectServer({ ok: true, value: message }, { ok: false, reason: "command_unknown", message: "not asked" });
  const http = facts.http.ok && facts.http.source === "http/config" ? facts.http : parts.http;
  return { ...facts, ...parts, http };
}
