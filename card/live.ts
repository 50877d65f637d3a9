/**
 * What the card watches of `hass` to know that update entities changed (the patch itself is
 * the engine's, card/engine.ts).
 */
import type { HassEntities, HassEntity } from "home-assistant-js-websocket";
import type { HomeAssistant } from "./types.js";

/** What the card watches of an update entity: its state object (replaced only when it changes) and its platform. */
export interface WatchedUpdate {
  readonly state: HassEntity;
  readonly platform: string | undefined;
}

/** The update.* entities of `hass`. */
export function updateStates(hass: Pick<HomeAssistant, "states" | "entities">): ReadonlyMap<string, WatchedUpdate> {
  const out = new Map<string, WatchedUpdate>();
  const states: HassEntities = hass.states ?? {};
  for (const id in states) {
    if (id.startsWith("update.")) {
      const s = states[id];
      if (s !== undefined) out.set(id, { state: s, platform: hass.entities?.[id]?.platform });
    }
  }
  return out;
}

/** True when an update entity appeared, disappeared, changed (by identity) or moved to another platform. */
export function updatesChanged(prev: ReadonlyMap<string, WatchedUpdate>, next: ReadonlyMap<string, WatchedUpdate>): boolean {
  if (prev.size !== next.size) return true;
  for (const [id, n] of next) {
    const p = prev.get(id);
    if (p === undefined || p.state !== n.state || p.platform !== n.platform) return true;
  }
  return false;
}
