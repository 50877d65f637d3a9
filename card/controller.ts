/**
 * The card's live data, apart from rendering: collect Facts, evaluate, keep them current,
 * and mirror the result to the backend.
 *
 * What triggers work, and what does not:
 * - Update entities: read from `hass.states`, which the frontend already keeps current and
 *   hands to every card; a state object is replaced only when that entity changes, so an
 *   identity comparison over `update.*` ignores every unrelated state change and costs no
 *   second entity subscription. A change re-evaluates from patched Facts, no re-collection.
 * - `core_config_updated` events and the backend's `security_scorecard/subscribe`
 *   (server facts now and on change): re-collect, resp. patch the server parts.
 * - A periodic re-collection (at most once a minute, default every 5 minutes), skipped while
 *   the page is hidden and caught up when it is shown again.
 * - Connection `disconnected`: keep the last scorecard, mark it stale; `ready`: re-collect.
 *   home-assistant-js-websocket re-subscribes our subscriptions itself after a reconnect.
 * A non-admin gets the "admin only" state and the card sends nothing at all.
 */
import type { Connection, HassEntity, UnsubscribeFunc } from "home-assistant-js-websocket";
import type { CollectOptions } from "../src/collect/index.js";
import type { Facts, FactKey } from "../src/facts/types.js";
import type { Override, Scorecard } from "../src/score/types.js";
import { mergeServerFacts, patchUpdates, updateStates, updatesChanged } from "./live.js";
import { sameFindings, syncPayload, type SyncPayload } from "../src/score/sync-payload.js";
import type { HomeAssistant } from "./types.js";
import { buildViews, type CheckView } from "./views.js";

export const BACKEND_DOMAIN = "security_scorecard";
export const SUBSCRIBE_COMMAND = "security_scorecard/subscribe";
export const SYNC_COMMAND = "security_scorecard/sync";
export const MIN_REFRESH_MS = 60_000;

export interface ControllerDeps {
  readonly collect: (conn: Connection, options: CollectOptions) => Promise<Facts>;
  readonly evaluate: (facts: Facts, options: { now?: Date; overrides?: Record<string, Override> }) => Scorecard;
  readonly now: () => Date;
  /** Debounce of `security_scorecard/sync` after an evaluation. */
  readonly syncDelayMs: number;
  /** Periodic re-collection; clamped to at least a minute. */
  readonly refreshMs: number;
}

export type CardState =
  | { readonly kind: "loading" }
  | { readonly kind: "not_admin" }
  | { readonly kind: "error"; readonly message: string }
  | {
      readonly kind: "ready";
      readonly facts: Facts;
      readonly scorecard: Scorecard;
      readonly views: ReadonlyMap<string, CheckView>;
      /** The connection is down; these are the last results. */
      readonly stale: boolean;
      /** Checks not assessed only because the backend is absent. */
      readonly backendAbsent: number;
    };

export class ScorecardController {
  state: CardState = { kind: "loading" };

  private hass: HomeAssistant | undefined;
  private conn: Connection | undefined;
  private connected = false;
  private overrides: Record<string, Override> = {};
  private updates: ReadonlyMap<string, HassEntity> = new Map();
  private unsubs: Promise<UnsubscribeFunc | undefined>[] = [];
  private listeners: (() => void)[] = [];
  private generation = 0;
  private collecting: Promise<void> | null = null;
  private again = false;
  private pendingServer: unknown = undefined;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private overdue = false;
  private lastSync: SyncPayload | null = null;

  constructor(
    private readonly onChange: () => void,
    private readonly deps: ControllerDeps,
  ) {}

  /** Called with every new `hass` object. */
  setHass(hass: HomeAssistant): void {
    const prev = this.hass;
    this.hass = hass;
    if (!this.connected) return;
    if (prev === undefined || prev.connection !== hass.connection || isAdmin(prev) !== isAdmin(hass)) {
      this.restart();
      return;
    }
    this.checkUpdates();
  }

  setOverrides(overrides: Record<string, Override>): void {
    this.overrides = overrides;
    if (this.state.kind === "ready") this.show(this.state.facts);
  }

  /** The card is in the DOM. */
  connect(): void {
    if (this.connected) return;
    this.connected = true;
    if (this.hass !== undefined) this.restart();
  }

  /** The card left the DOM: drop subscriptions and timers. */
  disconnect(): void {
    this.connected = false;
    this.teardown();
  }

  retry(): void {
    void this.refresh();
  }

  private restart(): void {
    this.teardown();
    const hass = this.hass;
    if (hass === undefined) return;
    if (!isAdmin(hass)) {
      this.state = { kind: "not_admin" };
      this.onChange();
      return;
    }
    const conn = hass.connection;
    this.conn = conn;
    const gen = this.generation;
    const on = (event: "ready" | "disconnected", fn: () => void): void => {
      const cb = (): void => {
        if (gen === this.generation) fn();
      };
      conn.addEventListener(event, cb);
      this.listeners.push(() => conn.removeEventListener(event, cb));
    };
    on("disconnected", () => this.markStale());
    on("ready", () => void this.refresh());
    this.unsubs.push(safe(conn.subscribeEvents(() => void this.refresh(), "core_config_updated")));
    if (hasBackend(hass)) {
      // The subscription's messages are the server facts: collections use its latest one
      // instead of asking security_scorecard/facts again (one walk of the config folder).
      let first!: { resolve: (msg: unknown) => void; reject: (err: unknown) => void };
      this.serverLatest = new Promise<unknown>((resolve, reject) => (first = { resolve, reject }));
      this.serverLatest.catch(() => undefined);
      const sub = conn.subscribeMessage(
        (msg: unknown) => {
          if (gen !== this.generation) return;
          this.serverLatest = Promise.resolve(msg);
          first.resolve(msg);
          this.onServerFacts(msg);
        },
        { type: SUBSCRIBE_COMMAND },
      );
      sub.catch((err: unknown) => first.reject(err));
      this.unsubs.push(safe(sub));
    }
    this.startTimer();
    this.updates = updateStates(hass.states ?? {});
    void this.refresh();
  }

  private teardown(): void {
    this.generation += 1;
    for (const off of this.listeners) off();
    this.listeners = [];
    for (const u of this.unsubs) void u.then((off) => off?.()).catch(() => undefined);
    this.unsubs = [];
    clearTimeout(this.syncTimer);
    clearInterval(this.refreshTimer);
    this.stopVisibility?.();
    this.collecting = null;
    this.pendingServer = undefined;
    this.serverLatest = undefined;
  }

  private stopVisibility: (() => void) | undefined;
  /** The latest message of security_scorecard/subscribe (pending until the first arrives). */
  private serverLatest: Promise<unknown> | undefined;

  private startTimer(): void {
    const every = Math.max(MIN_REFRESH_MS, this.deps.refreshMs);
    this.refreshTimer = setInterval(() => {
      if (typeof document !== "undefined" && document.hidden) this.overdue = true;
      else void this.refresh();
    }, every);
    if (typeof document !== "undefined") {
      const onVisible = (): void => {
        if (!document.hidden && this.overdue) void this.refresh();
      };
      document.addEventListener("visibilitychange", onVisible);
      this.stopVisibility = () => document.removeEventListener("visibilitychange", onVisible);
    }
  }

  /** Collect again. Concurrent triggers coalesce into one follow-up collection. */
  private refresh(): Promise<void> {
    if (this.collecting !== null) {
      this.again = true;
      return this.collecting;
    }
    const run = async (): Promise<void> => {
      do {
        this.again = false;
        await this.collectOnce();
      } while (this.again && this.connected);
    };
    this.collecting = run().finally(() => {
      this.collecting = null;
    });
    return this.collecting;
  }

  private async collectOnce(): Promise<void> {
    const hass = this.hass;
    const conn = this.conn;
    if (hass === undefined || conn === undefined) return;
    const gen = this.generation;
    this.overdue = false;
    let facts: Facts;
    try {
      const server = this.serverLatest;
      facts = await this.deps.collect(conn, {
        isAdmin: true,
        components: hass.config?.components ?? [],
        ...(server ? { serverFacts: () => server } : {}),
      });
    } catch (err) {
      if (gen !== this.generation) return;
      if (this.state.kind === "ready") this.markStale();
      else {
        this.state = { kind: "error", message: err instanceof Error ? err.message.split("\n")[0] ?? "" : "unknown error" };
        this.onChange();
      }
      return;
    }
    if (gen !== this.generation) return;
    // Answers cut short by a lost connection are not a picture of the instance.
    if (conn.connected === false) {
      this.markStale();
      return;
    }
    if (this.pendingServer !== undefined) {
      facts = mergeServerFacts(facts, this.pendingServer);
      this.pendingServer = undefined;
    }
    this.updates = updateStates(this.hass?.states ?? {});
    this.show(facts, false);
  }

  private onServerFacts(message: unknown): void {
    if (this.state.kind !== "ready" || this.collecting !== null) {
      this.pendingServer = message;
      return;
    }
    this.show(mergeServerFacts(this.state.facts, message));
  }

  private checkUpdates(): void {
    const hass = this.hass;
    if (hass === undefined || this.state.kind !== "ready") return;
    const next = updateStates(hass.states ?? {});
    if (!updatesChanged(this.updates, next)) return;
    this.updates = next;
    const patched = patchUpdates(this.state.facts, next, hass.entities);
    if (patched === null) void this.refresh();
    else this.show(patched);
  }

  private markStale(): void {
    if (this.state.kind === "ready" && !this.state.stale) {
      this.state = { ...this.state, stale: true };
      this.onChange();
    }
  }

  private show(facts: Facts, stale = this.state.kind === "ready" ? this.state.stale : false): void {
    const scorecard = this.deps.evaluate(facts, { now: this.deps.now(), overrides: this.overrides });
    const previous = this.state.kind === "ready" ? this.state.views : new Map<string, CheckView>();
    const views = buildViews(scorecard, previous);
    this.state = { kind: "ready", facts, scorecard, views, stale, backendAbsent: countBackendAbsent(facts, scorecard) };
    this.onChange();
    this.scheduleSync();
  }

  private scheduleSync(): void {
    const hass = this.hass;
    if (hass === undefined || !isAdmin(hass) || !hasBackend(hass)) return;
    clearTimeout(this.syncTimer);
    this.syncTimer = setTimeout(() => void this.sync(), this.deps.syncDelayMs);
  }

  private async sync(): Promise<void> {
    const conn = this.conn;
    if (this.state.kind !== "ready" || conn === undefined || this.state.stale) return;
    if (!this.state.facts.accounts.ok && this.state.facts.accounts.reason === "backend_absent") return;
    const payload = syncPayload(this.state.scorecard);
    if (payload === null || (this.lastSync !== null && sameFindings(this.lastSync, payload))) return;
    try {
      await conn.sendMessagePromise({ type: SYNC_COMMAND, ...payload });
      this.lastSync = payload;
    } catch {
      // Repairs lag behind until the next evaluation; the card itself is unaffected.
    }
  }
}

function isAdmin(hass: HomeAssistant): boolean {
  return hass.user?.is_admin === true;
}

function hasBackend(hass: HomeAssistant): boolean {
  return hass.config?.components?.includes(BACKEND_DOMAIN) === true;
}

function safe(p: Promise<UnsubscribeFunc>): Promise<UnsubscribeFunc | undefined> {
  return p.catch(() => undefined);
}

/** Checks that are not assessed only for want of the backend. */
export function countBackendAbsent(facts: Facts, card: Scorecard): number {
  const absent = (k: FactKey): boolean => {
    const f = facts[k];
    return !f.ok && f.reason === "backend_absent";
  };
  let n = 0;
  for (const c of card.categories) {
    for (const e of c.checks) {
      const optional = new Set(e.check.optional ?? []);
      if (e.status === "not_assessed" && e.check.needs.some((k) => !optional.has(k) && absent(k))) n += 1;
    }
  }
  return n;
}
