/**
 * Live patches to a Facts snapshot, so a change re-evaluates without a full re-collection.
 */
import type { HassEntities, HassEntity } from "home-assistant-js-websocket";
import { collectServer } from "../src/collect/server.js";
import { mapUpdates } from "../src/collect/sources/updates.js";
import { available } from "../src/facts/fact.js";
import type { Facts } from "../src/facts/types.js";
import type { EntityDisplayEntry } from "./types.js";

/** The update.* state objects of `hass.states`. The frontend replaces a state object only when it changes. */
export function updateStates(states: HassEntities): ReadonlyMap<string, HassEntity> {
  const out = new Map<string, HassEntity>();
  for (const id in states) {
    if (id.startsWith("update.")) {
      const s = states[id];
      if (s !== undefined) out.set(id, s);
    }
  }
  return out;
}

/** True when an update entity appeared, disappeared or changed (by identity). */
export function updatesChanged(prev: ReadonlyMap<string, HassEntity>, next: ReadonlyMap<string, HassEntity>): boolean {
  if (prev.size !== next.size) return true;
  for (const [id, s] of next) if (prev.get(id) !== s) return true;
  return false;
}

/**
 * Facts with `updates` rebuilt from `hass.states`. The providing integration (`platform`)
 * comes from the previous snapshot (entity registry) or `hass.entities`; an entity known to
 * neither returns null: the caller re-collects rather than judge it without its platform.
 */
export function patchUpdates(
  facts: Facts,
  states: ReadonlyMap<string, HassEntity>,
  entities: Readonly<Record<string, EntityDisplayEntry>> | undefined,
): Facts | null {
  const platforms = new Map<string, string>();
  if (facts.updates.ok) for (const u of facts.updates.value) if (u.platform !== null) platforms.set(u.entity_id, u.platform);
  const registry: { entity_id: string; platform: string }[] = [];
  for (const id of states.keys()) {
    const platform = entities?.[id]?.platform ?? platforms.get(id);
    if (platform === undefined) return null;
    registry.push({ entity_id: id, platform });
  }
  const mapped = mapUpdates([...states.values()], registry);
  if (!mapped.ok) return null;
  return { ...facts, updates: available("hass.states", mapped.value) };
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
