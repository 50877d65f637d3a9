/**
 * When a run cannot be judged (exit 2), whatever the thresholds say: a collection that was
 * cut, a config folder read only in part, or too few checks assessed (--min-coverage). The
 * gate fails closed: a partial scorecard must never pass as a complete one, so its grade
 * is withheld in every report format.
 */
import { reasonMsg } from "../checks/result.js";
import type { Check } from "../checks/types.js";
import type { FactKey, Facts, Outline, UnavailableReason } from "../facts/types.js";
import { FACT_KEYS } from "../facts/types.js";
import { NO_GRADE } from "../score/scoring-data.js";
import type { EvaluatedCheck, Scorecard } from "../score/types.js";
import { CliError } from "./errors.js";

export const DEFAULT_MIN_COVERAGE = 80;

/** `--min-coverage PCT`: 0–100, with or without a trailing "%". */
export function parseMinCoverage(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_MIN_COVERAGE;
  const s = raw.trim().replace(/%$/, "");
  if (/^\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    if (n <= 100) return n;
  }
  throw new CliError(`invalid --min-coverage "${raw.slice(0, 20)}": give a percentage 0-100, e.g. --min-coverage 80`);
}

/** What a part of the facts is, for people. */
const FACT_LABEL: Readonly<Record<FactKey, string>> = {
  config: "core configuration",
  current_user: "current user",
  users: "user accounts",
  own_tokens: "your tokens",
  login_providers: "login providers",
  updates: "updates",
  integrations: "integrations",
  repairs: "repairs",
  cloud: "Home Assistant Cloud",
  backup: "backups",
  supervisor: "Supervisor and add-ons",
  http: "HTTP settings",
  auth_providers: "auth providers",
  accounts: "accounts and MFA",
  tokens: "every user's tokens",
  host: "host",
  files: "config file permissions",
  outline: "YAML configuration",
  addon_settings: "add-on settings",
};

/**
 * Parts that failed to arrive for a reason other than "not installed / not applicable /
 * not admin / not known to this version": the connection was lost, a command timed out or
 * failed. Any one of them means the audit was cut. Messages are the collector's own lines.
 */
export function cutParts(facts: Facts): string[] {
  const out: string[] = [];
  for (const key of FACT_KEYS) {
    const fact = facts[key];
    if (!fact.ok && fact.reason === "error") out.push(`${key} (${fact.message})`);
  }
  return out;
}

/** What an outline error means for lint-config: the config was not read whole. */
const UNREAD_KINDS: ReadonlySet<string> = new Set(["too_large", "unreadable", "symlink_loop", "limit_reached"]);

/**
 * Parts of the config folder that were not read: files stopped by a limit or a read error,
 * and the walk stopping early. A file Home Assistant refuses (not UTF-8, not valid YAML) is
 * a finding of its own (config-outline-errors), not an unread part; a missing include is
 * not there to be read.
 */
export function unreadParts(outline: Outline): string[] {
  const out = outline.files.filter((f) => f.error !== null && UNREAD_KINDS.has(f.error.kind)).map((f) => `${f.path} (${f.error?.message ?? ""})`);
  if (outline.truncated !== null) out.push(`the rest of the folder (${outline.truncated.message})`);
  return out;
}

/** The scorecard with its score and grade withheld: every report shows "no grade" and why (`why` is the CLI's own line, a parameter). */
export function withhold(sc: Scorecard, why: string): Scorecard {
  return { ...sc, score: null, grade: NO_GRADE, uncappedGrade: NO_GRADE, wouldBeGrade: NO_GRADE, capReason: reasonMsg("grade_withheld", { why }) };
}

export interface Coverage {
  readonly assessed: number;
  readonly applicable: number;
}

/** Coverage over a subset of the checks (lint-config judges only the offline ones). */
export function coverageOf(checks: readonly EvaluatedCheck[]): Coverage {
  const applicable = checks.filter((e) => e.status !== "not_applicable");
  return { assessed: applicable.filter((e) => e.status !== "not_assessed").length, applicable: applicable.length };
}

export function coverageText(c: Coverage): string {
  const pct = c.applicable > 0 ? Math.floor((100 * c.assessed) / c.applicable) : 0;
  return `${c.assessed} of ${c.applicable} applicable checks assessed (${pct}%)`;
}

/** Null when coverage meets `min` (and something was assessed), else why not, in one line. */
export function coverageShortfall(c: Coverage, min: number): string | null {
  if (c.assessed === 0) return `nothing could be assessed (${coverageText(c)})`;
  if (100 * c.assessed >= min * c.applicable) return null;
  return `${coverageText(c)}, below --min-coverage ${min}`;
}

/** The unavailable reason that keeps a not-assessed check from running, from its needs. */
function blockingReason(check: Check, facts: Facts): { key: FactKey; reason: UnavailableReason } | null {
  const optional = new Set<FactKey>(check.optional ?? []);
  for (const key of check.needs) {
    const fact = facts[key];
    if (!optional.has(key) && !fact.ok) return { key, reason: fact.reason };
  }
  return null;
}

/** "users, backups and 3 more" from labels in first-seen order. */
function listed(labels: readonly string[], max = 5): string {
  const unique = [...new Set(labels)];
  const shown = unique.slice(0, max);
  const more = unique.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

/**
 * Why checks went unassessed, for the cannot-judge line: what would add them. A non-admin
 * token and a missing integration get their own advice; anything else is summed up.
 */
export function missingAdvice(sc: Scorecard, facts: Facts): string {
  const blocked = sc.categories
    .flatMap((c) => c.checks)
    .filter((e) => e.status === "not_assessed")
    .map((e) => ({ id: e.check.id, block: blockingReason(e.check, facts) }));
  const by = (reason: UnavailableReason): { id: string; label: string }[] =>
    blocked.flatMap((b) => (b.block !== null && b.block.reason === reason ? [{ id: b.id, label: FACT_LABEL[b.block.key] }] : []));
  const admin = by("not_admin");
  const isAdmin = facts.current_user.ok ? facts.current_user.value.is_admin : null;
  if (isAdmin === false) {
    return `the token's user is not an administrator: an administrator's token would add ${admin.length} check(s) on ${listed(admin.map((a) => a.label))}`;
  }
  const backend = by("backend_absent");
  if (backend.length > 0) {
    return `the Security Scorecard integration is not installed: it would add ${backend.length} check(s) on ${listed(backend.map((b) => b.label))}`;
  }
  const ids = blocked.map((b) => b.id);
  return ids.length > 0 ? `not assessed: ${listed(ids)}` : "";
}
