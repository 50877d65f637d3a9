/**
 * The card's live data, apart from rendering: collect Facts, evaluate, keep them current,
 * and mirror the result to the backend.
 *
 * What triggers work, and what is sent (only what may have changed):
 * - Update entities: read from `hass.states` and `hass.entities` (platform), which the
 *   frontend already keeps current and hands to every card: never `get_states` or the entity
 *   registry. A state object is replaced only when that entity changes, so an identity
 *   comparison over `update.*` ignores every unrelated state change. A change re-evaluates
 *   from patched Facts and sends nothing.
 * - Server facts (HTTP, auth providers, accounts, tokens, host, files, outline): the
 *   backend's `security_scorecard/subscribe`, which sends them whole once and then pushes only
 *   what changed (kept put together here); never asked again.
 * - `core_config_updated` → `get_config` only; `user_added`/`user_updated`/`user_removed` →
 *   `config/auth/list` only; a changed `hass.config.components` (an integration loaded) →
 *   a full collection, since it changes which commands apply.
 * - The periodic refresh (at most once a minute, default every 5 minutes, skipped while the
 *   page is hidden and caught up when it is shown) re-asks only what changes without any
 *   signal the card receives (`idleKeys`): cloud status, backups and Supervisor answers
 *   (each only where its integration is loaded), and without the backend the caller's own
 *   user and tokens. Everything else is re-judged at the new time without a command.
 * - Connection `disconnected`: keep the last scorecard, mark it stale; `ready`: re-collect.
 *   home-assistant-js-websocket re-subscribes our subscriptions itself after a reconnect.
 * - The trend (card/trend.ts): the evaluation log and the score sensor's history, asked
 *   when the card starts and again when the score sensor's state object changes (a sync
 *   from any judge), so it needs no timer.
 * A non-admin gets the "admin only" state and the card sends nothing at all.
 */
import type { Connection, UnsubscribeFunc } from "home-assistant-js-websocket";
import type { CollectOptions } from "../src/collect/index.js";
import { CONTRACT_VERSION } from "../src/collect/contract.js";
import { OUT_OF_STEP_CODE, applyServerMessage, type ServerStream } from "../src/collect/server-delta.js";
import type { Facts, FactKey } from "../src/facts/types.js";
import type * as EngineModule from "./engine.js";
import type { Override, Scorecard } from "../src/score/types.js";
import { CardDecisions, type DecisionDeps } from "./decisions.js";
import { updateStates, updatesChanged, type WatchedUpdate } from "./live.js";
import type { SyncPayload } from "../src/score/sync-payload.js";
import { HISTORY_DOMAIN, SCORE_ENTITY, type Trend, type TrendSource } from "./trend.js";
import type { HomeAssistant } from "./types.js";
import { buildViews, type CheckView } from "./views.js";

export const BACKEND_DOMAIN = "security_scorecard";
export const SUBSCRIBE_COMMAND = "security_scorecard/subscribe";
export const SYNC_COMMAND = "security_scorecard/sync";
export const MIN_REFRESH_MS = 60_000;
/** Events that say the user list changed (homeassistant/auth/__init__.py EVENT_USER_*). */
export const USER_EVENTS = ["user_added", "user_updated", "user_removed"] as const;

export type Engine = Pick<typeof EngineModule, "hassEntities" | "mergeFacts" | "mergeServerFacts" | "patchUpdates" | "syncPayload" | "sameFindings">;

/** A collection: everything, or only some facts on top of the last ones. */
type Wanted = "all" | ReadonlySet<FactKey>;

/** What the periodic refresh re-asks: facts that change without a signal the card receives. */
export function idleKeys(hass: HomeAssistant): readonly FactKey[] {
  // No event on 2024.3 tells of a new backup, a cloud login or a Supervisor change.
  const keys: FactKey[] = ["cloud", "backup", "supervisor"];
  // With the backend, accounts and tokens come from its subscription (it polls them server-side).
  if (!hasBackend(hass)) keys.push("current_user", "own_tokens");
  return keys;
}

/** The decisions' deps (card/decisions.ts) are optional: without them only `accepted:` applies. */
export interface ControllerDeps extends DecisionDeps {
  /** The engine's helpers the controller needs besides collect/evaluate, loaded on first collection. */
  readonly engine: () => Promise<Engine>;
  readonly collect: (conn: Connection, options: CollectOptions) => Promise<Facts>;
  readonly evaluate: (facts: Facts, options: { now?: Date; overrides?: Record<string, Override> }) => Scorecard;
  readonly now: () => Date;
  /** Debounce of `security_scorecard/sync` after an evaluation. */
  readonly syncDelayMs: number;
  /** Periodic re-collection; clamped to at least a minute. */
  readonly refreshMs: number;
  /** The trend and the changes since the previous evaluation; without it the card shows none. */
  readonly loadTrend?: (conn: Connection, source: TrendSource) => Promise<Trend>;
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
  /** Null until loaded, and without the integration. */
  trend: Trend | null = null;

  private hass: HomeAssistant | undefined;
  private conn: Connection | undefined;
  private connected = false;
  private overrides: Record<string, Override> = {};
  /** Which decisions are applied: the integration's, else the card's `accepted:`. */
  readonly decisions: CardDecisions;
  private updates: ReadonlyMap<string, WatchedUpdate> = new Map();
  /** Set by the first collection; a "ready" state implies it. */
  private engine: Engine | undefined;
  private unsubs: Promise<UnsubscribeFunc | undefined>[] = [];
  private listeners: (() => void)[] = [];
  private generation = 0;
  private collecting: Promise<void> | null = null;
  /** What the next collection must ask; null when nothing is queued. */
  private wanted: Wanted | null = null;
  private pendingServer: unknown = undefined;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private overdue = false;
  private lastSync: SyncPayload | null = null;
  /** The score sensor's state object when the trend was last asked for (replaced on each change). */
  private scoreState: unknown = undefined;

  constructor(
    private readonly onChange: () => void,
    private readonly deps: ControllerDeps,
  ) {
    this.decisions = new CardDecisions(deps);
  }

  /** Called with every new `hass` object. */
  setHass(hass: HomeAssistant): void {
    const prev = this.hass;
    this.hass = hass;
    if (!this.connected) return;
    if (prev === undefined || prev.connection !== hass.connection || isAdmin(prev) !== isAdmin(hass)) {
      this.restart();
      return;
    }
    if (componentsOf(prev) !== componentsOf(hass)) void this.refresh("all");
    this.checkUpdates();
    if (hasBackend(hass) && hass.states?.[scoreEntity(hass)] !== this.scoreState) void this.refreshTrend();
  }

  setOverrides(overrides: Record<string, Override>): void {
    this.overrides = overrides;
    this.decisions.setLocal(overrides);
    if (this.state.kind === "ready") this.show(this.state.facts);
  }

  /**
   * Sets (or with null, clears) a check's decision in the integration and re-judges at once;
   * the sync that follows carries the new verdict. Throws the integration's refusal.
   */
  async decide(checkId: string, decision: Override | null): Promise<void> {
    const conn = this.conn;
    if (conn === undefined) throw new Error("not connected");
    await this.decisions.decide(conn, checkId, decision);
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
    this.unsubs.push(safe(conn.subscribeEvents(() => void this.refresh(["config"]), "core_config_updated")));
    for (const event of USER_EVENTS) this.unsubs.push(safe(conn.subscribeEvents(() => void this.refresh(["users"]), event)));
    if (hasBackend(hass)) {
      // The subscription's messages are the server facts: collections use its latest one
      // instead of asking security_scorecard/facts again (one walk of the config folder).
      let first!: { resolve: (msg: unknown) => void; reject: (err: unknown) => void };
      this.serverLatest = new Promise<unknown>((resolve, reject) => (first = { resolve, reject }));
      this.serverLatest.catch(() => undefined);
      // The first message is the whole ServerFacts, later ones only what changed: the stream
      // keeps them put together (src/collect/server-delta.ts).
      let stream: ServerStream | undefined;
      const sub = conn.subscribeMessage(
        (msg: unknown) => {
          if (gen !== this.generation) return;
          const step = applyServerMessage(stream, msg);
          if (!step.ok) {
            // Out of step (cannot happen on one ordered socket): say so, never judge a mix.
            stream = undefined;
            const refusal = { code: OUT_OF_STEP_CODE, message: step.message };
            const failure = Promise.reject(refusal);
            failure.catch(() => undefined);
            this.serverLatest = failure;
            first.reject(refusal);
            void this.refresh();
            return;
          }
          stream = step.stream;
          this.serverLatest = Promise.resolve(stream.message);
          first.resolve(stream.message);
          this.onServerFacts(stream.message);
        },
        { type: SUBSCRIBE_COMMAND, contract: CONTRACT_VERSION },
      );
      sub.catch((err: unknown) => first.reject(err));
      this.unsubs.push(safe(sub));
    }
    this.startTimer();
    this.updates = updateStates(hass);
    void this.refresh();
    if (hasBackend(hass)) void this.refreshTrend();
    else this.trend = null;
  }

  /** Ask for the evaluation log and the score history again (see card/trend.ts). */
  private async refreshTrend(): Promise<void> {
    const hass = this.hass;
    const conn = this.conn;
    const load = this.deps.loadTrend;
    if (hass === undefined || conn === undefined || load === undefined || !isAdmin(hass)) return;
    const entityId = scoreEntity(hass);
    this.scoreState = hass.states?.[entityId];
    const gen = this.generation;
    const live = hass.states?.[entityId];
    // Sent with the first collection's requests, not before them (see loadEngine).
    await this.loadEngine();
    if (gen !== this.generation) return;
    const trend = await load(conn, {
      entityId,
      history: hass.config?.components?.includes(HISTORY_DOMAIN) === true,
      now: this.deps.now(),
      ...(live ? { current: { state: live.state, last_changed: live.last_changed } } : {}),
    });
    if (gen !== this.generation) return;
    this.trend = trend;
    this.onChange();
  }

  /**
   * The engine chunk. Every request of a (re)start waits for it, so that they all leave in
   * one round: a request sent earlier would be answered while the chunk loads, and the
   * collection would then start a round later than it could.
   */
  private async loadEngine(): Promise<Engine> {
    return (this.engine ??= await this.deps.engine());
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
    this.wanted = null;
    this.pendingServer = undefined;
    this.serverLatest = undefined;
  }

  private stopVisibility: (() => void) | undefined;
  /** The latest message of security_scorecard/subscribe (pending until the first arrives). */
  private serverLatest: Promise<unknown> | undefined;

  private startTimer(): void {
    const every = Math.max(MIN_REFRESH_MS, this.deps.refreshMs);
    const idle = (): Promise<void> => (this.hass === undefined ? Promise.resolve() : this.refresh(idleKeys(this.hass)));
    this.refreshTimer = setInterval(() => {
      if (typeof document !== "undefined" && document.hidden) this.overdue = true;
      else void idle();
    }, every);
    if (typeof document !== "undefined") {
      const onVisible = (): void => {
        if (!document.hidden && this.overdue) void idle();
      };
      document.addEventListener("visibilitychange", onVisible);
      this.stopVisibility = () => document.removeEventListener("visibilitychange", onVisible);
    }
  }

  /** Collect again (all, or some facts). Concurrent triggers coalesce into one follow-up collection. */
  private refresh(keys: "all" | readonly FactKey[] = "all"): Promise<void> {
    const queued = this.wanted;
    this.wanted = keys === "all" || queued === "all" ? "all" : new Set([...(queued ?? []), ...keys]);
    if (this.collecting !== null) return this.collecting;
    const run = async (): Promise<void> => {
      do {
        const wanted = this.wanted ?? "all";
        this.wanted = null;
        await this.collectOnce(wanted);
      } while (this.wanted !== null && this.connected);
    };
    this.collecting = run().finally(() => {
      this.collecting = null;
    });
    return this.collecting;
  }

  private async collectOnce(wanted: Wanted): Promise<void> {
    const hass = this.hass;
    const conn = this.conn;
    if (hass === undefined || conn === undefined) return;
    const gen = this.generation;
    this.overdue = false;
    // A partial collection needs a previous one to complete.
    const previous = wanted !== "all" && this.state.kind === "ready" ? this.state.facts : null;
    let facts: Facts;
    let engine: Engine;
    let decisionsRead: Promise<void>;
    try {
      engine = await this.loadEngine();
      // Beside the collection, in the same round: another judge (audit --accept) may have changed them.
      decisionsRead = this.decisions.refresh(conn, hasBackend(hass));
      const server = this.serverLatest;
      const options: CollectOptions = {
        isAdmin: true,
        components: hass.config?.components ?? [],
        entities: engine.hassEntities(() => this.hass ?? hass),
        ...(server ? { serverFacts: () => server } : {}),
      };
      if (previous === null || wanted === "all") facts = await this.deps.collect(conn, options);
      else {
        const keys = [...wanted];
        const now = this.deps.now();
        // Nothing to ask: judge the same facts at the new time.
        const next = keys.length === 0 ? previous : await this.deps.collect(conn, { ...options, only: keys, now: () => now });
        facts = engine.mergeFacts(previous, next, keys, now);
      }
    } catch (err) {
      if (gen !== this.generation) return;
      if (this.state.kind === "ready") this.markStale();
      else {
        this.state = { kind: "error", message: err instanceof Error ? err.message.split("\n")[0] ?? "" : "unknown error" };
        this.onChange();
      }
      return;
    }
    await decisionsRead;
    if (gen !== this.generation) return;
    // Answers cut short by a lost connection are not a picture of the instance.
    if (conn.connected === false) {
      this.markStale();
      return;
    }
    if (this.pendingServer !== undefined) {
      facts = engine.mergeServerFacts(facts, this.pendingServer);
      this.pendingServer = undefined;
    }
    this.updates = updateStates(this.hass ?? hass);
    this.show(facts, false);
  }

  private onServerFacts(message: unknown): void {
    if (this.state.kind !== "ready" || this.collecting !== null || this.engine === undefined) {
      this.pendingServer = message;
      return;
    }
    this.show(this.engine.mergeServerFacts(this.state.facts, message));
  }

  private checkUpdates(): void {
    const hass = this.hass;
    if (hass === undefined || this.state.kind !== "ready" || this.engine === undefined) return;
    const next = updateStates(hass);
    if (!updatesChanged(this.updates, next)) return;
    this.updates = next;
    this.show(this.engine.patchUpdates(this.state.facts, hass));
  }

  private markStale(): void {
    if (this.state.kind === "ready" && !this.state.stale) {
      this.state = { ...this.state, stale: true };
      this.onChange();
    }
  }

  private show(facts: Facts, stale = this.state.kind === "ready" ? this.state.stale : false): void {
    const scorecard = this.deps.evaluate(facts, { now: this.deps.now(), overrides: this.decisions.applied() });
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
    // Judged without the integration's decisions: a sync could re-raise what the owner decided.
    if (!this.decisions.syncable) return;
    const engine = this.engine;
    if (engine === undefined) return;
    const payload = engine.syncPayload(this.state.scorecard);
    if (payload === null || (this.lastSync !== null && engine.sameFindings(this.lastSync, payload))) return;
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

const scoreEntities = new WeakMap<object, string>();

/**
 * The score sensor's entity id: the integration's sensor in the entity registry (the owner
 * may rename it). Looked up once per `hass.entities` object, which the frontend replaces
 * only when the registry changes, since this runs on every `hass` update.
 */
function scoreEntity(hass: HomeAssistant): string {
  const entities = hass.entities;
  if (entities === undefined) return SCORE_ENTITY;
  let found = scoreEntities.get(entities);
  if (found === undefined) {
    found = Object.values(entities).find((e) => e.entity_id.startsWith("sensor.") && e.platform === BACKEND_DOMAIN)?.entity_id ?? SCORE_ENTITY;
    scoreEntities.set(entities, found);
  }
  return found;
}

/** The loaded integrations as one comparable string. */
function componentsOf(hass: HomeAssistant): string {
  return (hass.config?.components ?? []).join(",");
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
