/**
 * Which decisions ("risk accepted", "mitigated elsewhere") the card applies. DOM-free.
 *
 * With the integration loaded, the ones it keeps (security_scorecard/decisions), so the card,
 * `audit` and Repairs judge alike and two cards cannot flap a Repairs issue. The card's own
 * `accepted:` entries the integration lacks are then not applied but offered for import (an
 * "Import" button on the check): applying them in one card only would make its syncs
 * disagree with every other judge. Without the integration, `accepted:` applies as before.
 */
import type { Connection } from "home-assistant-js-websocket";
import type { Decisions } from "../src/collect/decisions.js";
import type { Override } from "../src/score/types.js";

export interface DecisionDeps {
  /** The integration's decisions; without it the card applies only `accepted:`. */
  readonly readDecisions?: (conn: Connection) => Promise<Decisions>;
  /** Changes one; returns all decisions after the change. */
  readonly decide?: (conn: Connection, checkId: string, decision: Override | null) => Promise<Decisions>;
}

/** Where the decisions the card applies come from. */
export type DecisionSource =
  /** No integration (or one from before decisions): the card's `accepted:` list. */
  | { readonly kind: "card" }
  /** The integration's, read with the last collection. */
  | { readonly kind: "server"; readonly decisions: Decisions }
  /** The integration's could not be read: judged without decisions, and not synced. */
  | { readonly kind: "unknown"; readonly message: string };

export class CardDecisions {
  private source: DecisionSource = { kind: "card" };
  private local: Readonly<Record<string, Override>> = {};

  constructor(private readonly deps: DecisionDeps) {}

  /** The card's `accepted:` list. */
  setLocal(local: Readonly<Record<string, Override>>): void {
    this.local = local;
  }

  get current(): DecisionSource {
    return this.source;
  }

  /** The decisions the judge applies now. */
  applied(): Record<string, Override> {
    const s = this.source;
    if (s.kind === "server") return { ...s.decisions };
    return s.kind === "card" ? { ...this.local } : {};
  }

  /** Decisions can be changed from the card: the integration keeps them. */
  get editable(): boolean {
    return this.source.kind === "server" && this.deps.decide !== undefined;
  }

  /** The card's entry for `id` that the integration lacks (offered for import), or null. */
  importable(id: string): Override | null {
    const s = this.source;
    if (s.kind !== "server" || s.decisions[id] !== undefined) return null;
    return this.local[id] ?? null;
  }

  /** A sync may carry the verdicts: they use the decisions every judge applies. */
  get syncable(): boolean {
    return this.source.kind !== "unknown";
  }

  /** Reads the integration's decisions (when `backend`); never throws. */
  async refresh(conn: Connection, backend: boolean): Promise<void> {
    const read = this.deps.readDecisions;
    if (read === undefined || !backend) {
      this.source = { kind: "card" };
      return;
    }
    try {
      this.source = { kind: "server", decisions: await read(conn) };
    } catch (err) {
      // An integration from before decisions keeps none: the card's list it is.
      this.source =
        (err as { unsupported?: unknown }).unsupported === true
          ? { kind: "card" }
          : { kind: "unknown", message: err instanceof Error ? err.message : "unknown error" };
    }
  }

  /** Sets (or with null, clears) one decision in the integration; throws its refusal. */
  async decide(conn: Connection, checkId: string, decision: Override | null): Promise<void> {
    if (!this.editable || this.deps.decide === undefined) {
      throw new Error("decisions are kept by the Security Scorecard integration, which is not loaded");
    }
    this.source = { kind: "server", decisions: await this.deps.decide(conn, checkId, decision) };
  }
}
