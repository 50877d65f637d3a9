import { defineCheck } from "../define.js";
import type { Outline } from "../../facts/types.js";
import { isBelow } from "../../data/version.js";
import { perValue } from "../memo.js";
import { type Hit, evAt, formatPath, incomplete, outlineIndex, sibling } from "../outline-query.js";
import type { Message } from "../../i18n/message.js";
import { ev, fail, msg, notApplicable, notAssessed, opt, pass, req, warn } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { unreadPart } from "../secrets/outline.js";

/** Shorter webhook ids can be enumerated; Home Assistant's UI generates 24+ random characters. */
export const MIN_WEBHOOK_ID_LENGTH = 16;

/**
 * Webhook triggers accept requests from the internet unless `local_only` says otherwise.
 * The option appeared in 2023.5 (core#66494) with no default (remote still allowed, with a
 * deprecation warning); from 2024.2 a missing `local_only` means true (core#107670;
 * homeassistant/components/webhook/trigger.py: `config.get(CONF_LOCAL_ONLY, True)`).
 */
export const WEBHOOK_LOCAL_ONLY_DEFAULT_SINCE = "2024.2";

/**
 * Every webhook trigger in reachable files: `platform: webhook` (and `trigger: webhook`, the
 * 2024.10+ spelling). Memoised per outline (a pure function of it); the list is shared, read-only.
 */
export const webhookTriggers: (outline: Outline) => readonly Hit[] = perValue((outline) => {
  const hits: Hit[] = [];
  for (const hit of outlineIndex(outline).all) {
    const { file, entry } = hit;
    if (!file.reachable) continue;
    const last = entry.path[entry.path.length - 1];
    if ((last !== "platform" && last !== "trigger") || entry.value !== "webhook") continue;
    // Only inside a trigger list/map, so that e.g. a `platform: webhook` notifier is not mistaken for one.
    if (!entry.path.slice(0, -1).some((seg) => seg === "trigger" || seg === "triggers")) continue;
    hits.push(hit);
  }
  return hits;
});

export const netWebhookGuessable: Check = defineCheck({
  id: "net-webhook-guessable",
  category: "network",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/docs/automation/trigger/#webhook-trigger",
  needs: ["outline", "config"],
  optional: ["config"],
  evaluate(f) {
    const outline = req(f.outline);
    const triggers = webhookTriggers(outline);
    if (triggers.length === 0) {
      const broken = incomplete(outline);
      return broken ? notAssessed(broken) : notApplicable("net-webhook-guessable.no_triggers");
    }
    const version = opt(f.config)?.version;
    const remoteByDefault = version === undefined ? null : isBelow(version, WEBHOOK_LOCAL_ONLY_DEFAULT_SINCE);
    const failing: Evidence[] = [];
    const unsure: Evidence[] = [];
    let remote = 0;
    for (const t of triggers) {
      const id = sibling(t, "webhook_id");
      const localOnly = sibling(t, "local_only")?.entry.value;
      const reachable = localOnly === false ? true : localOnly === true ? false : remoteByDefault;
      if (reachable === false) continue;
      remote++;
      const weak = weakness(id);
      if (weak === null) continue;
      // The id is the secret: name its place and its shape, never the id.
      const at = id ?? t;
      const params = { path: formatPath(at.path.slice(0, -1)), weakness: weak };
      (reachable === true ? failing : unsure).push(evAt(reachable === true ? "net-webhook-guessable.reachable" : "net-webhook-guessable.maybe_reachable", params, at));
    }
    if (failing.length > 0) return fail([...failing, ...unsure], { placeholders: { count: String(failing.length) } });
    if (unsure.length > 0) return warn(unsure);
    // A trigger in the unread part could be the weak one.
    const unread = unreadPart(outline);
    if (unread !== null) return notAssessed(unread);
    return pass(remote === 0 ? ev("net-webhook-guessable.all_local", { count: triggers.length }) : ev("net-webhook-guessable.all_random", { count: remote }));
  },
});

/** Why an id is guessable ("short (8 characters)", "low-entropy"), or null when it looks random. */
function weakness(id: Hit | undefined): Message | null {
  if (!id) return null;
  const feat = id.entry.features;
  // A `!secret` or other tagged id has no features: its strength is not visible, so give it the benefit of the doubt.
  if (!feat) return null;
  if (feat.length < MIN_WEBHOOK_ID_LENGTH) return msg("net-webhook-guessable.short", { length: feat.length });
  if (feat.entropy === "low") return msg("net-webhook-guessable.low_entropy");
  return null;
}
