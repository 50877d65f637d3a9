/**
 * Where the update entities come from: their states and the entity registry's `platform`.
 *
 * The CLI has nothing but the socket, so it asks (`get_states`, `config/entity_registry/list`).
 * The card runs inside the frontend, which already holds both (`hass.states`, `hass.entities`)
 * and keeps them current: it passes a source that reads them and sends nothing. Either way the
 * answers go through the same validation (`updatesFact`).
 */
import { available, unavailable } from "../facts/fact.js";
import type { Facts } from "../facts/types.js";
import { send, type CommandConnection, type Outcome } from "./send.js";
import { RegistryStruct, StatesStruct, mapUpdates } from "./sources/updates.js";
import { invalid, parse } from "./validate.js";

export interface EntitySource {
  /** Names where the answers came from, for `Fact.source` and error messages. */
  readonly states: { readonly label: string; read(): Promise<Outcome> };
  readonly registry: { readonly label: string; read(): Promise<Outcome> };
}

/** The CLI's source: two commands, sent at once. */
export function askedEntities(conn: CommandConnection): EntitySource {
  return {
    states: { label: "get_states", read: () => send(conn, { type: "get_states" }) },
    registry: { label: "config/entity_registry/list", read: () => send(conn, { type: "config/entity_registry/list" }) },
  };
}

/** Validate and join both answers, whoever supplied them. */
export function updatesFact(source: EntitySource, states: Outcome, registry: Outcome): Facts["updates"] {
  const label = `${source.states.label} + ${source.registry.label}`;
  if (!states.ok) return unavailable(label, states.reason, states.message);
  if (!registry.ok) return unavailable(label, registry.reason, registry.message);
  const s = parse(states.value, StatesStruct);
  if (!s.ok) return invalid(label, `${source.states.label} ${s.field}`);
  const r = parse(registry.value, RegistryStruct);
  if (!r.ok) return invalid(label, `${source.registry.label} ${r.field}`);
  const mapped = mapUpdates(s.value, r.value);
  return mapped.ok ? available(label, mapped.value) : invalid(label, mapped.field);
}

/** Read both parts of a source at once. */
export async function collectUpdates(source: EntitySource): Promise<Facts["updates"]> {
  const [states, registry] = await Promise.all([source.states.read(), source.registry.read()]);
  return updatesFact(source, states, registry);
}
