/**
 * Per-check view models with stable identity: a check whose rendered content did not change
 * keeps the same object across evaluations, so its `<security-scorecard-check>` (a Lit
 * property with strict-equality change detection) does not re-render.
 */
import type { Check, Evidence, Severity, Status } from "../src/checks/types.js";
import type { Message } from "../src/i18n/message.js";
import type { Override, Scorecard } from "../src/score/types.js";

export interface CheckView {
  readonly id: string;
  readonly check: Check;
  readonly status: Status;
  readonly severity: Severity;
  readonly evidence: readonly Evidence[];
  /** Why not assessed / not applicable, or a collector error: a message rendered in the card's language. */
  readonly reason: Message | null;
  readonly override: Override | null;
  /** What decides equality. */
  readonly key: string;
}

export function buildViews(card: Scorecard, previous: ReadonlyMap<string, CheckView>): Map<string, CheckView> {
  const out = new Map<string, CheckView>();
  for (const cat of card.categories) {
    for (const e of cat.checks) {
      const reason = e.result.reason ?? null;
      const key = JSON.stringify([e.status, e.severity, e.result.evidence, reason, e.override]);
      const prev = previous.get(e.check.id);
      out.set(
        e.check.id,
        prev !== undefined && prev.key === key && prev.check === e.check
          ? prev
          : { id: e.check.id, check: e.check, status: e.status, severity: e.severity, evidence: e.result.evidence, reason, override: e.override, key },
      );
    }
  }
  return out;
}
