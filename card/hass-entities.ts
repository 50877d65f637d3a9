/**
 * The card's entity source: update entities as the frontend already holds them
 * (`hass.states`, `hass.entities`), so a card load downloads neither `get_states` nor the
 * entity registry. Both stay current in the frontend; the collector validates them exactly
 * as it validates the CLI's downloads.
 */
import type { HassEntity } from "home-assistant-js-websocket";
import { updatesFact, type EntitySource } from "../src/collect/entities.js";
import { failed, type Outcome } from "../src/collect/send.js";
import type { Facts } from "../src/facts/types.js";
import type { HomeAssistant } from "./types.js";

const UPDATE_PREFIX = "update.";

/** The update.* values of a `hass` map (the other domains are not ours to read). */
function updateValues<T>(map: Readonly<Record<string, T>>): T[] {
  const out: T[] = [];
  for (const id in map) if (id.startsWith(UPDATE_PREFIX)) out.push(map[id] as T);
  return out;
}

function statesOutcome(hass: HomeAssistant): Outcome {
  return typeof hass.states === "object" && hass.states !== null
    ? { ok: true, value: updateValues<HassEntity>(hass.states) }
    : failed("invalid_response", "hass.states is missing");
}

function registryOutcome(hass: HomeAssistant): Outcome {
  // The frontend fills hass.entities from config/entity_registry/list_for_display ("pl" → platform).
  return typeof hass.entities === "object" && hass.entities !== null
    ? { ok: true, value: updateValues(hass.entities) }
    : failed("invalid_response", "hass.entities is missing (the frontend gives no entity registry)");
}

/** Reads `hass` as it is when the collector asks. */
export function hassEntities(hass: () => HomeAssistant): EntitySource {
  return {
    states: { label: "hass.states", read: async () => statesOutcome(hass()) },
    registry: { label: "hass.entities", read: async () => registryOutcome(hass()) },
  };
}

/** The same fact, synchronously, for a live patch when an update entity changed. */
export function hassUpdates(hass: HomeAssistant): Facts["updates"] {
  const source = hassEntities(() => hass);
  return updatesFact(source, statesOutcome(hass), registryOutcome(hass));
}
