/**
 * Judge every check against one Facts snapshot and build the Scorecard: score, grade,
 * caps, coverage, "Fix next". All numbers come from scoring-data.ts.
 */
import { CATALOG } from "../checks/catalog.js";
import { reasonMsg } from "../checks/result.js";
import { CATEGORIES } from "../checks/types.js";
import type { Check, CheckResult, EvalContext, Severity, Status } from "../checks/types.js";
import { advisoriesFor } from "../data/advisories.js";
import type { Facts, FactKey } from "../facts/types.js";
import type { Message } from "../i18n/message.js";
import { gradeForScore, gradeRank } from "./grade.js";
import {
  A_PLUS,
  ASSESSED_STATUSES,
  CAPS,
  DEFAULT_CREDIT,
  NO_GRADE,
  OVERRIDE_CREDIT,
  REASON_STATUS,
  RECOVERABLE_DECIMALS,
  SEVERITY_ORDER,
  SEVERITY_WEIGHTS,
  VULNERABLE_GRADE,
} from "./scoring-data.js";
import type { EvaluatedCheck, Override, Scorecard } from "./types.js";

export interface EvaluateOptions {
  readonly now?: Date;
  /** By check id. Applied to failing and warning checks only; others ignore them. */
  readonly overrides?: Readonly<Record<string, Override>>;
  readonly catalog?: readonly Check[];
}

const STATUSES: readonly Status[] = ["pass", "fail", "warn", "not_applicable", "not_assessed"];
const SEVERITIES: readonly Severity[] = SEVERITY_ORDER;

export function evaluate(facts: Facts, options: EvaluateOptions = {}): Scorecard {
  const now = options.now ?? new Date();
  const catalog = options.catalog ?? CATALOG;
  const overrides = options.overrides ?? {};
  const ctx: EvalContext = { now };

  // Pass 1: results, severity, credit, weight (recoverable needs the totals: pass 2).
  const partial = catalog.map((check) => judge(check, facts, ctx, overrides[check.id] ?? null));

  let sumW = 0;
  let sumWS = 0;
  for (const e of partial) {
    if (e.credit === null || e.weight === 0) continue;
    sumW += e.weight;
    sumWS += e.weight * e.credit;
  }
  const rawScore = sumW > 0 ? (100 * sumWS) / sumW : null;
  const score = rawScore === null ? null : Math.round(rawScore);

  const evaluated: EvaluatedCheck[] = partial.map((e) => ({
    ...e,
    recoverable: recoverableOf(e, sumW),
  }));

  const { grade, uncappedGrade, wouldBeGrade, capReason, advisories } = gradeOf(score, evaluated, facts);

  const counts = countStatuses(evaluated);
  const applicable = evaluated.length - counts.not_applicable;
  const assessed = applicable - counts.not_assessed;

  const categories = CATEGORIES.map((c) => {
    const checks = evaluated.filter((e) => e.check.category === c.id);
    return { id: c.id, title: c.title, checks, counts: countStatuses(checks) };
  });

  const fixNext = evaluated
    .filter((e) => (e.status === "fail" || e.status === "warn") && e.override === null)
    .sort(
      (a, b) =>
        b.recoverable - a.recoverable ||
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
        (a.check.id < b.check.id ? -1 : a.check.id > b.check.id ? 1 : 0),
    );

  return {
    score,
    grade,
    uncappedGrade,
    wouldBeGrade,
    capReason,
    advisories,
    coverage: { assessed, applicable, ratio: applicable > 0 ? assessed / applicable : 0 },
    counts,
    categories,
    fixNext,
    evaluatedAt: now.toISOString(),
    haVersion: facts.config.ok ? facts.config.value.version : null,
    supervisorVersion: facts.supervisor.ok ? facts.supervisor.value.supervisor.version : null,
    mode: facts.mode,
    configDir: facts.config.ok ? facts.config.value.config_dir : null,
  };
}

/** One check, without `recoverable`. Never throws. */
function judge(check: Check, facts: Facts, ctx: EvalContext, override: Override | null): Omit<EvaluatedCheck, "recoverable"> {
  const result = gate(check, facts) ?? run(check, facts, ctx);
  const severity = result.severity !== undefined && SEVERITIES.includes(result.severity) ? result.severity : check.severity;
  const status = result.status;
  if (!ASSESSED_STATUSES.includes(status)) {
    return { check, result, severity, status, credit: null, weight: 0, override: null };
  }
  // Overrides only mean something for a finding; one left on a passing check is stale.
  const applied = status === "fail" || status === "warn" ? override : null;
  const base = result.credit ?? DEFAULT_CREDIT[status as keyof typeof DEFAULT_CREDIT];
  const credit = applied ? OVERRIDE_CREDIT[applied.kind] : clamp01(base);
  return { check, result, severity, status, credit, weight: SEVERITY_WEIGHTS[severity], override: applied };
}

/** A result when a non-optional need is unavailable, else null (the check may run). */
function gate(check: Check, facts: Facts): CheckResult | null {
  const optional = new Set<FactKey>(check.optional ?? []);
  const missing: { key: FactKey; status: "not_applicable" | "not_assessed"; message: string }[] = [];
  for (const key of check.needs) {
    if (optional.has(key)) continue;
    const fact = facts[key];
    if (fact.ok) continue;
    missing.push({ key, status: REASON_STATUS[fact.reason] ?? "not_assessed", message: fact.message });
  }
  if (missing.length === 0) return null;
  // A check that cannot apply (no Supervisor) is not applicable whatever else is missing.
  const na = missing.find((m) => m.status === "not_applicable");
  const first = na ?? missing[0];
  if (first === undefined) return null;
  // The collector's message is its own text (never a value) and stays as it is, a parameter.
  const reason = joinReasons(missing.map((m) => reasonMsg("fact_unavailable", { fact: m.key, message: m.message })));
  return { status: first.status, evidence: [], ...(reason !== null ? { reason } : {}) };
}

/** Run the check; a throw or an invalid result becomes "not assessed", never a crash. */
function run(check: Check, facts: Facts, ctx: EvalContext): CheckResult {
  let result: CheckResult;
  try {
    result = check.evaluate(facts, ctx);
  } catch (err) {
    return { status: "not_assessed", evidence: [], reason: reasonMsg("check_failed", { error: oneLine(err) }) };
  }
  if (typeof result !== "object" || result === null || !STATUSES.includes(result.status) || !isMessageOrAbsent(result.reason)) {
    return { status: "not_assessed", evidence: [], reason: reasonMsg("invalid_result") };
  }
  if (!Array.isArray(result.evidence)) return { ...result, evidence: [] };
  return result;
}

/** A reason is a message (key and parameters), not a sentence: a report could not render a plain string. */
function isMessageOrAbsent(reason: unknown): boolean {
  return reason === undefined || (typeof reason === "object" && reason !== null && typeof (reason as { key?: unknown }).key === "string");
}

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n")[0] ?? "";
}

function clamp01(n: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(1, Math.max(0, n));
}

/** Points of 100 the score would gain if this check alone passed (full credit). */
function recoverableOf(e: Omit<EvaluatedCheck, "recoverable">, sumW: number): number {
  if (e.credit === null || e.weight === 0 || sumW === 0) return 0;
  const gain = (100 * e.weight * (1 - e.credit)) / sumW;
  const f = 10 ** RECOVERABLE_DECIMALS;
  return Math.round(gain * f) / f;
}

function gradeOf(
  score: number | null,
  evaluated: readonly EvaluatedCheck[],
  facts: Facts,
): Pick<Scorecard, "grade" | "uncappedGrade" | "wouldBeGrade" | "capReason" | "advisories"> {
  const advisories = advisoriesFor(
    facts.config.ok ? facts.config.value.version : null,
    facts.supervisor.ok ? facts.supervisor.value.supervisor.version : null,
  );
  let uncapped = score === null ? NO_GRADE : gradeForScore(score);
  const open = (e: EvaluatedCheck): boolean => (e.status === "fail" || e.status === "warn") && e.override?.kind !== "mitigated";
  if (uncapped === A_PLUS.grade && evaluated.some(open)) uncapped = A_PLUS.fallback;

  let grade = uncapped;
  const reasons: Message[] = [];
  if (score !== null) {
    for (const cap of CAPS) {
      const culprits = evaluated.filter(
        (e) => cap.id === "failed-critical" && e.status === "fail" && e.severity === "critical" && e.override?.kind !== "mitigated",
      );
      if (culprits.length === 0) continue;
      // A cap only lowers: a grade already at or below it stays, with no reason to give.
      if (gradeRank(grade) >= gradeRank(cap.maxGrade)) continue;
      grade = cap.maxGrade;
      const checks = culprits.map((e) => e.check.id).join(", ");
      reasons.push(reasonMsg(culprits.length > 1 ? "grade_capped_many" : "grade_capped", { grade: cap.maxGrade, checks }));
    }
  }
  const wouldBeGrade = grade;
  if (advisories.length > 0) {
    grade = VULNERABLE_GRADE;
    const list = advisories.map((a) => `${a.component} < ${a.fixedIn} (${a.id})`).join(", ");
    reasons.unshift(reasonMsg("grade_vulnerable", { advisories: list }));
  }
  return { grade, uncappedGrade: uncapped, wouldBeGrade, capReason: joinReasons(reasons), advisories };
}

/** Several reasons as one message, "first; second; …"; null when there are none. */
function joinReasons(reasons: readonly Message[]): Message | null {
  const [first, ...rest] = reasons;
  if (first === undefined) return null;
  const tail = joinReasons(rest);
  return tail === null ? first : reasonMsg("joined", { first, rest: tail });
}

function countStatuses(list: readonly EvaluatedCheck[]): Record<Status, number> {
  const counts: Record<Status, number> = { pass: 0, fail: 0, warn: 0, not_applicable: 0, not_assessed: 0 };
  for (const e of list) counts[e.status] += 1;
  return counts;
}
