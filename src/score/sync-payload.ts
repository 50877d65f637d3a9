/**
 * The `security_scorecard/sync` payload (custom_components/security_scorecard/sync.py
 * parse_sync): score, grade, coverage ratio 0–1, evaluated_at, and the failing checks
 * with their placeholders — the check's own and `where`, the places its evidence names
 * (src/score/where.ts). Overridden findings are left out: the user decided about them,
 * so Repairs should not keep raising them.
 */
import { WHERE_KEY } from "../checks/placeholder-keys.js";
import type { Scorecard } from "./types.js";
import { wherePlaceholder } from "./where.js";

export interface SyncPayload {
  readonly score: number | null;
  readonly grade: string;
  readonly coverage: number;
  readonly evaluated_at: string;
  readonly failing: readonly { readonly id: string; readonly placeholders: Readonly<Record<string, string>> }[];
}

/** Null when there is nothing the backend would accept (no grade yet: "N/A" is not a grade there). */
export function syncPayload(card: Scorecard): SyncPayload | null {
  if (card.score === null || !/^[A-Za-z][A-Za-z+-]{0,2}$/.test(card.grade)) return null;
  const failing = card.categories
    .flatMap((c) => c.checks)
    .filter((e) => (e.status === "fail" || e.status === "warn") && e.override === null)
    .map((e) => ({ id: e.check.id, placeholders: { ...(e.result.placeholders ?? {}), [WHERE_KEY]: wherePlaceholder(e.result.evidence) } }));
  return { score: card.score, grade: card.grade, coverage: card.coverage.ratio, evaluated_at: card.evaluatedAt, failing };
}

/** Two payloads that differ only in evaluated_at need not be sent twice. */
export function sameFindings(a: SyncPayload, b: SyncPayload): boolean {
  return JSON.stringify({ ...a, evaluated_at: "" }) === JSON.stringify({ ...b, evaluated_at: "" });
}
