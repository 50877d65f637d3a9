/**
 * Every number the score and grade are built from, in one place (docs/architecture.md "Scoring
 * model"). Code in evaluate.ts only applies these; the README's scoring section is
 * generated from this file by scripts/gen-catalog.ts, so change them here and regenerate.
 */
import type { Severity, Status } from "../checks/types.js";
import type { UnavailableReason } from "../facts/types.js";
import type { Override } from "./types.js";

/**
 * Weight of a check in Σ w·s / Σ w, by its (effective) severity. Anchored on OpenSSF
 * Scorecard's risk weights (critical 10, high 7.5, medium 5, low 2.5). `info` is 0 so an
 * informational check can never move the score.
 */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = {
  critical: 10,
  high: 7.5,
  medium: 5,
  low: 2.5,
  info: 0,
};

/** Severities from most to least serious: the tie-break order of "Fix next". */
export const SEVERITY_ORDER: readonly Severity[] = ["critical", "high", "medium", "low", "info"];

/**
 * Credit a check earns when its result does not set one. A warning is half-way: the
 * control exists but is weak (e.g. a login threshold set, but high).
 */
export const DEFAULT_CREDIT: Readonly<Record<"pass" | "warn" | "fail", number>> = {
  pass: 1,
  warn: 0.5,
  fail: 0,
};

/** Statuses that count as assessed (scored, unless the weight is 0). */
export const ASSESSED_STATUSES: readonly Status[] = ["pass", "warn", "fail"];

/**
 * Grade bands (Mozilla HTTP Observatory): the first band whose minimum the score reaches.
 * A+ additionally needs no open warning or failure (see `A_PLUS`).
 */
export const GRADE_BANDS: readonly { readonly grade: string; readonly min: number }[] = [
  { grade: "A+", min: 100 },
  { grade: "A", min: 90 },
  { grade: "A-", min: 85 },
  { grade: "B+", min: 80 },
  { grade: "B", min: 70 },
  { grade: "B-", min: 65 },
  { grade: "C+", min: 60 },
  { grade: "C", min: 50 },
  { grade: "C-", min: 45 },
  { grade: "D+", min: 40 },
  { grade: "D", min: 30 },
  { grade: "D-", min: 25 },
  { grade: "F", min: 0 },
];

/**
 * A+ is "perfect and nothing left to say": score 100 and no check (of any severity, info
 * included) failing or warning, unless marked mitigated. Otherwise the grade drops to A.
 */
export const A_PLUS = { grade: "A+", fallback: "A", minScore: 100 } as const;

/** Shown when nothing was assessed, so there is no score to grade. */
export const NO_GRADE = "N/A";

/**
 * Shown instead of the grade when the running Home Assistant or Supervisor version has a
 * published security advisory (SSL Labs' "T"/"M" style override); the would-be grade is kept
 * as `uncappedGrade`.
 */
export const VULNERABLE_GRADE = "V";

/**
 * Caps (SSL Labs): whatever the average, the grade can be no better than `maxGrade` when
 * the condition holds. A high average must never hide an auth bypass. A failed critical
 * check marked "risk accepted" still caps; one marked "mitigated" does not.
 */
export const CAPS: readonly { readonly id: "failed-critical"; readonly maxGrade: string; readonly description: string }[] = [
  { id: "failed-critical", maxGrade: "C", description: "any failed critical check caps the grade at C" },
];

/**
 * How an unavailable fact gates a check that needs it. No Supervisor (Container/Core
 * installs) means add-on/OS checks do not apply; every other reason means "we could not
 * look", so the check is not assessed.
 */
export const REASON_STATUS: Readonly<Record<UnavailableReason, "not_applicable" | "not_assessed">> = {
  supervisor_absent: "not_applicable",
  not_admin: "not_assessed",
  component_not_loaded: "not_assessed",
  backend_absent: "not_assessed",
  command_unknown: "not_assessed",
  invalid_response: "not_assessed",
  offline: "not_assessed",
  error: "not_assessed",
};

/**
 * Credit when the user overrode a failing or warning check: risk accepted earns nothing
 * (the finding stays, the user just stops being nagged); mitigated elsewhere earns full
 * credit (e.g. TLS terminated by a proxy the server cannot see).
 */
export const OVERRIDE_CREDIT: Readonly<Record<Override["kind"], number>> = {
  risk_accepted: 0,
  mitigated: 1,
};

/** Decimals kept for "points recoverable" (a display figure, not the score). */
export const RECOVERABLE_DECIMALS = 1;
