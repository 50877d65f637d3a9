import type { CategoryId, Check, CheckResult, Severity, Status } from "../checks/types.js";
import type { Message } from "../i18n/message.js";

/** A user's decision about one finding, stored with the card config or a CLI file. */
export interface Override {
  readonly kind: "risk_accepted" | "mitigated";
  readonly reason: string;
}

export interface EvaluatedCheck {
  readonly check: Check;
  readonly result: CheckResult;
  /** Severity after the result's override, used for weight. */
  readonly severity: Severity;
  /** Status after gating by `needs`; equals result.status. */
  readonly status: Status;
  /** Credit in [0,1] used for the score (after overrides); null when not scored. */
  readonly credit: number | null;
  /** Weight used in the score; 0 for info and unscored checks. */
  readonly weight: number;
  /** Points (of 100) the score would gain if this check passed; 0 when passing. */
  readonly recoverable: number;
  readonly override: Override | null;
}

export interface Advisory {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly component: "core" | "supervisor";
  /** Versions below this are affected. */
  readonly fixedIn: string;
  readonly summary: string;
  readonly url: string;
}

export interface Scorecard {
  /** 0–100, rounded to an integer; null when nothing was assessed. */
  readonly score: number | null;
  /** The grade after caps, e.g. "C"; "V" when a vulnerable version is running. */
  readonly grade: string;
  /** The grade the score alone would give. */
  readonly uncappedGrade: string;
  /** The grade after caps but before the "V" override: what `grade` would be on a patched version. Equals `grade` unless it is "V". */
  readonly wouldBeGrade: string;
  /**
   * Why the grade was capped, as a message rendered per language ("capped at C: failed
   * critical check secrets-plaintext-credential"; several joined by "; ").
   */
  readonly capReason: Message | null;
  readonly advisories: readonly Advisory[];
  readonly coverage: { readonly assessed: number; readonly applicable: number; readonly ratio: number };
  readonly counts: Readonly<Record<Status, number>>;
  readonly categories: readonly {
    readonly id: CategoryId;
    readonly title: string;
    readonly checks: readonly EvaluatedCheck[];
    readonly counts: Readonly<Record<Status, number>>;
  }[];
  /** Failing/warning checks ordered by the points they would recover (largest first). */
  readonly fixNext: readonly EvaluatedCheck[];
  readonly evaluatedAt: string;
  readonly haVersion: string | null;
  /** Supervisor version when there is one (advisories are matched against it too). */
  readonly supervisorVersion: string | null;
  /** From Facts: "live" (WebSocket) or "offline" (lint-config over a folder). */
  readonly mode: "live" | "offline";
  /** The config folder evidence paths are relative to (get_config), when known. */
  readonly configDir: string | null;
}
