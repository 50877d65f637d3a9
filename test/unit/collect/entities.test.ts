/**
 * Where update entities come from: the card's source reads `hass.states`/`hass.entities`
 * and is validated as the CLI's downloads are; `only` sends no command a fact outside it needs.
 */
import type { HassEntity } from "home-assistant-js-websocket";
import { describe, expect, it } from "vitest";
import { collectFacts, mergeFacts } from "../../../src/collect/index.js";
import { collectUpdates } from "../../../src/collect/entities.js";
import { hassEntities, hassUpdates } from "../../../card/hass-entities.js";
import type { HomeAssistant } from "../../../card/types.js";
import { FakeConnection, fullInstance, keyOf } from "./fake-connection.js";

const CORE = "update.home_assistant_core_update";

function updateState(attributes: Record<string, unknown> = {}): HassEntity {
  return {
    entity_id: CORE,
    state: "off",
    last_changed: "2026-10-30T12:00:00Z",
    last_updated: "2026-10-30T12:00:00Z",
    context: { id: "c", parent_id: null, user_id: null },
    attributes: { title: "Home Assistant Core", installed_version: "2026.11.1", latest_version: "2026.11.1", ...attributes },
  };
}

function hassWith(over: { states?: Record<string, unknown>; entities?: Record<string, unknown> | undefined } = {}): HomeAssistant {
  return {
    states: over.states ?? { [CORE]: updateState(), "light.kitchen": { entity_id: "light.kitchen", state: "on" } },
    entities: "entities" in over ? over.entities : { [CORE]: { entity_id: CORE, platform: "hassio" }, "light.kitchen": { entity_id: "light.kitchen", platform: "hue" } },
  } as unknown as HomeAssistant;
}

describe("update entities from what the frontend holds", () => {
  it("joins hass.states with hass.entities' platform, reading only update.*", () => {
    const fact = hassUpdates(hassWith());
    expect(fact).toMatchObject({ ok: true, source: "hass.states + hass.entities" });
    expect(fact.ok && fact.value.map((u) => [u.entity_id, u.platform])).toEqual([[CORE, "hassio"]]);
  });

  it("an update entity the registry does not list has no platform, as in the CLI", () => {
    const fact = hassUpdates(hassWith({ entities: {} }));
    expect(fact.ok && fact.value[0]?.platform).toBeNull();
  });

  it("a malformed update state is invalid_response naming the field, never a guess", () => {
    const fact = hassUpdates(hassWith({ states: { [CORE]: updateState({ installed_version: 5 }) } }));
    expect(fact).toEqual({
      ok: false,
      source: "hass.states + hass.entities",
      reason: "invalid_response",
      message: "hass.states + hass.entities: unexpected shape at [0].attributes.installed_version",
    });
  });

  it("a registry entry without a platform is invalid_response too", () => {
    const fact = hassUpdates(hassWith({ entities: { [CORE]: { entity_id: CORE } } }));
    expect(fact).toMatchObject({ ok: false, reason: "invalid_response", message: expect.stringContaining("registry[0].platform") });
  });

  it("a frontend without hass.entities is a clear error, not a silent pass", async () => {
    const fact = await collectUpdates(hassEntities(() => hassWith({ entities: undefined })));
    expect(fact).toMatchObject({ ok: false, reason: "invalid_response", message: expect.stringContaining("hass.entities is missing") });
  });

  it("the collector with the card's source sends neither get_states nor the entity registry; the CLI's asks both", async () => {
    const card = new FakeConnection(fullInstance());
    const facts = await collectFacts(card, { entities: hassEntities(() => hassWith()) });
    expect(card.sent.map(keyOf)).not.toContain("get_states");
    expect(card.sent.map(keyOf)).not.toContain("config/entity_registry/list");
    expect(facts.updates).toMatchObject({ ok: true, source: "hass.states + hass.entities" });
    const cli = new FakeConnection(fullInstance());
    await collectFacts(cli);
    expect(cli.sent.map(keyOf)).toEqual(expect.arrayContaining(["get_states", "config/entity_registry/list"]));
  });
});

describe("collecting only some facts", () => {
  it("sends only the commands those facts need, and the merge keeps the rest", async () => {
    const all = await collectFacts(new FakeConnection(fullInstance()));
    const conn = new FakeConnection(fullInstance());
    const now = new Date("2026-11-01T00:00:00Z");
    const next = await collectFacts(conn, { only: ["users", "backup"], isAdmin: true, components: ["backup"] });
    expect(conn.sent.map(keyOf).sort()).toEqual(["backup/agents/info", "backup/config/info", "backup/info", "config/auth/list"]);
    const merged = mergeFacts(all, next, ["users", "backup"], now);
    expect(merged.users).toEqual(next.users);
    expect(merged.backup).toEqual(next.backup);
    expect(merged.config).toBe(all.config);
    expect(merged.collected_at).toBe(now.toISOString());
  });

  it("asks get_config and auth/current_user when the gates are unknown", async () => {
    const conn = new FakeConnection(fullInstance());
    await collectFacts(conn, { only: ["cloud"] });
    expect(conn.sent.map(keyOf)).toEqual(expect.arrayContaining(["get_config", "auth/current_user"]));
    expect(conn.sent.map(keyOf)).not.toContain("get_states");
  });
});
