/**
 * Card test support: a fake Home Assistant connection that records every message, a fake
 * `hass`, a small deterministic catalog, and mounting helpers.
 */
import type { Connection, HassEntities, HassEntity, MessageBase } from "home-assistant-js-websocket";
import { vi } from "vitest";
import { fail, notAssessed, pass, req } from "../../src/checks/result.js";
import type { Check } from "../../src/checks/types.js";
import type { CollectOptions } from "../../src/collect/index.js";
import { evaluate } from "../../src/score/evaluate.js";
import type { Facts } from "../../src/facts/types.js";
import type { ControllerDeps } from "../../card/controller.js";
import * as engine from "../../card/engine.js";
import { provideTexts } from "../../card/catalog-texts.js";
import { SecurityScorecardCard } from "../../card/security-scorecard-card.js";
import type { HomeAssistant } from "../../card/types.js";
import { NOW } from "../support/facts-builder.js";

// What card/deps.ts does when the engine chunk arrives.
provideTexts({ english: engine.ENGLISH_TEXTS, make: engine.makeTexts });

type Listener = () => void;

export class FakeConnection {
  readonly messages: MessageBase[] = [];
  connected = true;
  private readonly listeners = new Map<string, Set<Listener>>();
  readonly subscriptions: { message: MessageBase; callback: (msg: unknown) => void; active: boolean }[] = [];

  /** By default every command is unknown, except that a backend subscription is accepted (its messages come from `push`). */
  constructor(
    private readonly respond: (msg: MessageBase) => Promise<unknown> = (msg) =>
      msg.type === "security_scorecard/subscribe" ? Promise.resolve(undefined) : Promise.reject({ code: "unknown_command", message: "x" }),
  ) {}

  addEventListener(event: string, cb: Listener): void {
    let set = this.listeners.get(event);
    if (set === undefined) this.listeners.set(event, (set = new Set()));
    set.add(cb);
  }

  removeEventListener(event: string, cb: Listener): void {
    this.listeners.get(event)?.delete(cb);
  }

  fire(event: "ready" | "disconnected"): void {
    this.connected = event === "ready";
    for (const cb of this.listeners.get(event) ?? []) cb();
  }

  sendMessagePromise<T>(message: MessageBase): Promise<T> {
    this.messages.push(message);
    return this.respond(message) as Promise<T>;
  }

  /**
   * As Home Assistant does: a command subscription (security_scorecard/subscribe) is refused
   * when `respond` rejects it, and otherwise answers its first message right away; event
   * subscriptions only get what a test `push`es.
   */
  subscribeMessage<T>(callback: (msg: T) => void, message: MessageBase): Promise<() => Promise<void>> {
    this.messages.push(message);
    const sub = { message, callback: callback as (msg: unknown) => void, active: true };
    this.subscriptions.push(sub);
    const unsubscribe = async (): Promise<void> => {
      sub.active = false;
    };
    if (message.type === "subscribe_events") return Promise.resolve(unsubscribe);
    return this.respond(message).then(
      (first) => {
        if (first !== undefined) queueMicrotask(() => sub.active && sub.callback(first));
        return unsubscribe;
      },
      (err: unknown) => {
        sub.active = false;
        throw err;
      },
    );
  }

  subscribeEvents<T>(callback: (ev: T) => void, eventType?: string): Promise<() => Promise<void>> {
    return this.subscribeMessage(callback, { type: "subscribe_events", event_type: eventType });
  }

  /** Deliver a message to the active subscriptions of a command type (an event only to subscribers of its type). */
  push(type: string, payload: unknown): void {
    const eventType = (payload as { event_type?: unknown } | null)?.event_type;
    for (const s of this.subscriptions) {
      if (!s.active || s.message.type !== type) continue;
      if (type === "subscribe_events" && s.message.event_type !== undefined && s.message.event_type !== eventType) continue;
      s.callback(payload);
    }
  }

  types(): string[] {
    return this.messages.map((m) => String(m.type));
  }

  asConnection(): Connection {
    return this as unknown as Connection;
  }
}

export function updateState(over: Partial<HassEntity> & { attributes?: Record<string, unknown> } = {}): HassEntity {
  return {
    entity_id: "update.home_assistant_core_update",
    state: "off",
    last_changed: "2026-10-30T12:00:00Z",
    last_updated: "2026-10-30T12:00:00Z",
    context: { id: "c", parent_id: null, user_id: null },
    ...over,
    attributes: {
      title: "Home Assistant Core",
      installed_version: "2026.11.1",
      latest_version: "2026.11.1",
      skipped_version: null,
      release_url: null,
      in_progress: false,
      auto_update: false,
      ...over.attributes,
    },
  };
}

export function fakeHass(
  conn: FakeConnection,
  over: { admin?: boolean; components?: string[]; states?: HassEntities; entities?: HomeAssistant["entities"]; language?: string } = {},
): HomeAssistant {
  const language = over.language ?? "en";
  return {
    connection: conn.asConnection(),
    user: { id: "u-owner", name: "Owner", is_admin: over.admin ?? true, is_owner: true, credentials: [], mfa_modules: [] },
    config: { components: over.components ?? ["http", "security_scorecard"], version: "2026.11.1" },
    states: over.states ?? { "update.home_assistant_core_update": updateState(), "light.kitchen": lightState("on") },
    // As the frontend holds the entity registry (config/entity_registry/list_for_display).
    entities: over.entities ?? {
      "update.home_assistant_core_update": { entity_id: "update.home_assistant_core_update", platform: "hassio" },
      "light.kitchen": { entity_id: "light.kitchen", platform: "hue" },
    },
    language,
    locale: { language },
  } as unknown as HomeAssistant;
}

export function lightState(state: string): HassEntity {
  return {
    entity_id: "light.kitchen",
    state,
    attributes: {},
    last_changed: "2026-10-30T12:00:00Z",
    last_updated: "2026-10-30T12:00:00Z",
    context: { id: "c", parent_id: null, user_id: null },
  };
}

/** A small catalog whose outcomes each test controls through the facts. */
export const TEST_CATALOG: readonly Check[] = [
  {
    id: "test-owner-mfa",
    category: "accounts",
    title: "Owner uses multi-factor authentication",
    problem: "Owner uses multi-factor authentication (problem)",
    severity: "critical",
    why: "A stolen password alone opens the whole house.",
    fix: "Enable an authenticator app in your profile.",
    learnMoreUrl: "https://www.home-assistant.io/docs/authentication/multi-factor-auth/",
    fixPath: "/profile/security",
    needs: ["accounts"],
    evaluate: (f) => {
      const owners = req(f.accounts).filter((a) => a.is_owner && a.mfa_modules.length === 0);
      return owners.length === 0 ? pass() : fail(owners.map((o) => ({ key: `user ${o.username ?? o.id} has no MFA` })));
    },
  },
  {
    id: "test-legacy-api-password",
    category: "accounts",
    title: "No legacy API password",
    problem: "No legacy API password (problem)",
    severity: "high",
    why: "The legacy API password grants full access without a user.",
    fix: "Remove the legacy_api_password auth provider.",
    learnMoreUrl: "https://www.home-assistant.io/docs/authentication/providers/",
    needs: ["auth_providers"],
    evaluate: (f) => {
      const legacy = req(f.auth_providers).providers.filter((p) => p.type === "legacy_api_password");
      return legacy.length === 0 ? pass() : fail([{ key: "auth_providers has legacy_api_password", file: "configuration.yaml", line: 3 }]);
    },
  },
  {
    id: "test-ip-ban",
    category: "network",
    title: "Failed logins are banned",
    problem: "Failed logins are banned (problem)",
    severity: "medium",
    why: "Without bans, passwords can be guessed forever.",
    fix: "Set http.ip_ban_enabled and login_attempts_threshold.",
    learnMoreUrl: "https://www.home-assistant.io/integrations/http/",
    needs: ["http"],
    evaluate: (f) => (req(f.http).ip_ban_enabled ? pass() : fail([{ key: "http.ip_ban_enabled is false" }])),
  },
  {
    id: "test-core-update",
    category: "updates",
    title: "Home Assistant is up to date",
    problem: "Home Assistant is up to date (problem)",
    severity: "high",
    why: "Updates fix security issues.",
    fix: "Install the pending update.",
    learnMoreUrl: "https://www.home-assistant.io/integrations/update/",
    fixPath: "/config/updates",
    needs: ["updates"],
    evaluate: (f) => {
      const pending = req(f.updates).filter((u) => u.state === "on");
      return pending.length === 0 ? pass() : fail(pending.map((u) => ({ key: `${u.entity_id} ${u.installed_version ?? "?"} → ${u.latest_version ?? "?"}` })));
    },
  },
  {
    id: "test-backup",
    category: "backups",
    title: "Recent backup exists",
    problem: "Recent backup exists (problem)",
    severity: "low",
    why: "Without a backup, a compromise or a broken disk means starting over.",
    fix: "Schedule automatic backups.",
    learnMoreUrl: "https://www.home-assistant.io/integrations/backup/",
    needs: ["backup"],
    evaluate: (f) => (req(f.backup).backups.length > 0 ? pass() : fail([{ key: "no backups" }])),
  },
  {
    id: "test-host-root",
    category: "host",
    title: "Not running as root",
    problem: "Not running as root (problem)",
    severity: "medium",
    why: "A compromised integration running as root owns the machine.",
    fix: "Run Home Assistant as an unprivileged user.",
    learnMoreUrl: "https://www.home-assistant.io/installation/",
    needs: ["host"],
    evaluate: (f) => (f.host.ok ? (f.host.value.is_root ? fail([{ key: "process runs as uid 0" }]) : pass()) : notAssessed("fact_unavailable", { fact: "host", message: "no host facts" })),
  },
];

export interface Harness {
  readonly card: SecurityScorecardCard;
  readonly conn: FakeConnection;
  readonly collect: ReturnType<typeof vi.fn>;
  readonly evaluateSpy: ReturnType<typeof vi.fn>;
  setFacts(f: Facts): void;
}

/** Test deps: a fake collector (returns the current facts), the test catalog, short timers. */
export function testDeps(getFacts: () => Facts | Promise<Facts>, over: Partial<ControllerDeps> = {}) {
  const collect = vi.fn(async (_conn: Connection, _options: CollectOptions) => getFacts());
  const evaluateSpy = vi.fn((facts: Facts, options: Parameters<ControllerDeps["evaluate"]>[1]) =>
    evaluate(facts, { ...options, catalog: TEST_CATALOG }),
  );
  const deps: ControllerDeps = { engine: async () => engine, collect, evaluate: evaluateSpy, now: () => NOW, syncDelayMs: 10, refreshMs: 3_600_000, ...over };
  return { deps, collect, evaluateSpy };
}

export async function mount(
  hass: HomeAssistant,
  deps: ControllerDeps,
  config: Record<string, unknown> = { type: "custom:security-scorecard-card" },
): Promise<SecurityScorecardCard> {
  SecurityScorecardCard.deps = deps;
  const card = document.createElement("security-scorecard-card");
  card.setConfig(config);
  card.hass = hass;
  document.body.appendChild(card);
  await settle(card);
  return card;
}

/** Let pending promises, timers of 0 ms and Lit updates run. */
export async function settle(card?: { updateComplete: Promise<unknown> }, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((r) => setTimeout(r, 0));
    if (card !== undefined) await card.updateComplete;
  }
}

export function root(card: HTMLElement): ShadowRoot {
  const r = card.shadowRoot;
  if (r === null) throw new Error("no shadow root");
  return r;
}

export function text(card: HTMLElement): string {
  return (root(card).textContent ?? "").replace(/\s+/g, " ").trim();
}

export async function openAllCategories(card: SecurityScorecardCard): Promise<void> {
  for (const b of root(card).querySelectorAll<HTMLButtonElement>("section.category > button")) {
    if (b.getAttribute("aria-expanded") !== "true") b.click();
  }
  await settle(card);
}

export function checkEl(card: HTMLElement, id: string): HTMLElement & { renderCount: number; open: boolean; updateComplete: Promise<unknown> } {
  const el = root(card).querySelector(`security-scorecard-check[data-check="${id}"]`);
  if (el === null) throw new Error(`check ${id} not rendered`);
  return el as HTMLElement & { renderCount: number; open: boolean; updateComplete: Promise<unknown> };
}
