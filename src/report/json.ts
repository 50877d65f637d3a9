/**
 * Machine-readable report. The shape is a public, versioned contract
 * (src/report/report.schema.json): add optional fields freely, but renaming or removing
 * one means a new schema id ("…/report@2"). Keys are snake_case like catalog.json.
 */
import type { Status } from "../checks/types.js";
import type { MessageParam } from "../i18n/message.js";
import { ENGLISH_TEXTS, type Texts } from "../i18n/texts.js";
import type { EvaluatedCheck, Scorecard } from "../score/types.js";

export const REPORT_SCHEMA_ID = "ha-security-scorecard/report@1";

export interface JsonEvidence {
  /** Rendered in the report's language, place first ("configuration.yaml:12 …"). */
  text: string;
  /** The message key ("evidence.<check id>.<name>") and its parameters (places, counts, names), rendered. */
  key: string;
  params: Record<string, string | number>;
  file?: string;
  line?: number;
}

export interface JsonCheck {
  id: string;
  /** The goal ("… is not enabled"), as a passing row shows it. */
  title: string;
  /** What is wrong ("… is enabled"), as a failing or warning row shows it. */
  problem: string;
  category: string;
  severity: string;
  default_severity: string;
  status: Status;
  credit: number | null;
  weight: number;
  recoverable: number;
  /** Why not assessed / not applicable, rendered in the report's language. */
  reason: string | null;
  /** With a reason: its message key ("reasons.<name>" or "reasons.<check id>.<name>") and parameters, rendered. */
  reason_key?: string;
  reason_params?: Record<string, string | number>;
  evidence: JsonEvidence[];
  override: { kind: string; reason: string } | null;
  placeholders: Record<string, string>;
  why: string;
  fix: string;
  learn_more_url: string;
  fix_path: string | null;
}

export interface JsonReport {
  schema: typeof REPORT_SCHEMA_ID;
  /** The language of every text in the report ("en", "de"). */
  lang: string;
  evaluated_at: string;
  mode: "live" | "offline";
  ha_version: string | null;
  supervisor_version: string | null;
  score: number | null;
  grade: string;
  uncapped_grade: string;
  would_be_grade: string;
  /** Why the grade is capped, withheld or V, rendered in the report's language. */
  cap_reason: string | null;
  advisories: { id: string; aliases: string[]; component: string; fixed_in: string; summary: string; url: string }[];
  coverage: { assessed: number; applicable: number; ratio: number };
  counts: Record<Status, number>;
  fix_next: { id: string; recoverable: number }[];
  categories: { id: string; title: string; counts: Record<Status, number>; checks: JsonCheck[] }[];
}

export function toJsonReport(sc: Scorecard, t: Texts = ENGLISH_TEXTS): JsonReport {
  return {
    schema: REPORT_SCHEMA_ID,
    lang: t.lang,
    evaluated_at: sc.evaluatedAt,
    mode: sc.mode,
    ha_version: sc.haVersion,
    supervisor_version: sc.supervisorVersion,
    score: sc.score,
    grade: sc.grade,
    uncapped_grade: sc.uncappedGrade,
    would_be_grade: sc.wouldBeGrade,
    cap_reason: sc.capReason === null ? null : t.message(sc.capReason),
    advisories: sc.advisories.map((a) => ({
      id: a.id,
      aliases: [...a.aliases],
      component: a.component,
      fixed_in: a.fixedIn,
      summary: a.summary,
      url: a.url,
    })),
    coverage: { assessed: sc.coverage.assessed, applicable: sc.coverage.applicable, ratio: round(sc.coverage.ratio, 4) },
    counts: { ...sc.counts },
    fix_next: sc.fixNext.map((e) => ({ id: e.check.id, recoverable: e.recoverable })),
    categories: sc.categories.map((c) => ({
      id: c.id,
      title: t.category(c.id),
      counts: { ...c.counts },
      checks: c.checks.map((e) => jsonCheck(e, t)),
    })),
  };
}

function jsonCheck(e: EvaluatedCheck, t: Texts): JsonCheck {
  return {
    id: e.check.id,
    title: t.check(e.check, "title"),
    problem: t.check(e.check, "problem"),
    category: e.check.category,
    severity: e.severity,
    default_severity: e.check.severity,
    status: e.status,
    credit: e.credit,
    weight: e.weight,
    recoverable: e.recoverable,
    reason: e.result.reason ? t.message(e.result.reason) : null,
    ...(e.result.reason ? { reason_key: e.result.reason.key, reason_params: renderedParams(e.result.reason.params, t) } : {}),
    evidence: e.result.evidence.map((ev) => ({
      text: t.evidence(ev),
      key: ev.key,
      params: renderedParams(ev.params, t),
      ...(ev.file !== undefined ? { file: ev.file } : {}),
      ...(ev.line !== undefined ? { line: ev.line } : {}),
    })),
    override: e.override ? { kind: e.override.kind, reason: e.override.reason } : null,
    placeholders: { ...(e.result.placeholders ?? {}) },
    why: t.check(e.check, "why"),
    fix: t.check(e.check, "fix"),
    learn_more_url: e.check.learnMoreUrl,
    fix_path: e.check.fixPath ?? null,
  };
}

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/** Parameters as plain values: a nested message ("an unnamed user") rendered in the report's language. */
function renderedParams(params: Readonly<Record<string, MessageParam>> | undefined, t: Texts): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) out[name] = typeof value === "object" ? t.message(value) : value;
  return out;
}

export function renderJson(sc: Scorecard, t: Texts = ENGLISH_TEXTS): string {
  return `${JSON.stringify(toJsonReport(sc, t), null, 2)}\n`;
}
