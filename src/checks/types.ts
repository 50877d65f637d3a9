import type { FactKey, Facts } from "../facts/types.js";
import type { Message } from "../i18n/message.js";

export type Severity = "critical" | "high" | "medium" | "low" | "info";

export type CategoryId = "accounts" | "network" | "secrets" | "updates" | "backups" | "host";

export const CATEGORIES: readonly { readonly id: CategoryId; readonly title: string }[] = [
  { id: "accounts", title: "Accounts & authentication" },
  { id: "network", title: "Network exposure & transport" },
  { id: "secrets", title: "Secrets & configuration" },
  { id: "updates", title: "Updates" },
  { id: "backups", title: "Backups & recovery" },
  { id: "host", title: "Host & add-ons" },
];

export type Status = "pass" | "fail" | "warn" | "not_applicable" | "not_assessed";

/**
 * A place a finding points at. Names places, never values: the message (key
 * `evidence.<check id>.<name>` in src/i18n/<lang>.json) takes places, counts and names as
 * parameters and is rendered per language (src/i18n/texts.ts).
 */
export interface Evidence extends Message {
  /** File and line, when the finding has a place in the config folder (SARIF physicalLocation). */
  readonly file?: string;
  readonly line?: number;
}

export interface CheckResult {
  readonly status: Status;
  readonly evidence: readonly Evidence[];
  /**
   * Credit in [0, 1] for the score. Defaults: pass 1, fail 0, warn 0.5. Set it for partial
   * credit (2 of 4 admins with MFA = 0.5).
   */
  readonly credit?: number;
  /**
   * For not_assessed / not_applicable: why, in one line, as a message (key `reasons.<name>`
   * or `reasons.<check id>.<name>` in src/i18n/<lang>.json), rendered per language.
   */
  readonly reason?: Message;
  /** When the finding is more (or less) serious than the catalog default (e.g. a security release pending for months). */
  readonly severity?: Severity;
  /** Short, non-secret values for the Repairs text (e.g. {count: "3"}). */
  readonly placeholders?: Readonly<Record<string, string>>;
}

/** Context of one evaluation: the clock is passed in so results are reproducible. */
export interface EvalContext {
  readonly now: Date;
}

export interface Check {
  /** Stable kebab-case id, e.g. "auth-owner-mfa". */
  readonly id: string;
  readonly category: CategoryId;
  /**
   * The goal, for passing rows ("The legacy API password login is not enabled"). This and
   * `problem`, `why`, `fix` are the English texts of `checks.<id>.*` in src/i18n/en.json
   * (filled in by defineCheck); reports and the card render them per language.
   */
  readonly title: string;
  /** What is wrong, for failing and warning rows ("The legacy API password login is enabled"). */
  readonly problem: string;
  readonly severity: Severity;
  /** Why it matters: one or two sentences. */
  readonly why: string;
  /** What to do. */
  readonly fix: string;
  /** Official Home Assistant documentation where one exists. */
  readonly learnMoreUrl: string;
  /** In-app path where the fix happens (e.g. "/config/users"), when Home Assistant has one. */
  readonly fixPath?: string;
  /** Which fact parts it reads. If any is unavailable the check is "not assessed" (or "not applicable" where the reason says so) before `evaluate` runs. */
  readonly needs: readonly FactKey[];
  /**
   * Facts from `needs` that the check can do without (it falls back, or judges less).
   * Unavailable optional facts do not stop evaluation.
   */
  readonly optional?: readonly FactKey[];
  /** Pure: reads only `facts` and `ctx`. */
  evaluate(facts: Facts, ctx: EvalContext): CheckResult;
}
