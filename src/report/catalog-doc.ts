/**
 * Generated documents about the catalog itself (scripts/gen-catalog.ts writes them):
 * catalog.json for the Python backend, and the README's check tables and scoring section.
 * Pure functions, so the script stays IO only and this stays testable.
 */
import type { Check } from "../checks/types.js";
import { CATEGORIES } from "../checks/types.js";
import { placeholderKeys } from "../checks/placeholder-keys.js";
import {
  A_PLUS,
  CAPS,
  DEFAULT_CREDIT,
  GRADE_BANDS,
  NO_GRADE,
  OVERRIDE_CREDIT,
  REASON_STATUS,
  SEVERITY_ORDER,
  SEVERITY_WEIGHTS,
  VULNERABLE_GRADE,
} from "../score/scoring-data.js";

export interface CatalogEntry {
  readonly id: string;
  readonly category: string;
  readonly title: string;
  /** What is wrong when it fails (English; other languages: src/i18n/<lang>.json). */
  readonly problem: string;
  readonly severity: string;
  readonly why: string;
  readonly fix: string;
  readonly learn_more_url: string;
  /** The only keys the backend accepts in this check's sync placeholders. */
  readonly placeholders: readonly string[];
}

/** Every grade a scorecard can show: the backend's sync accepts no other. */
export function knownGrades(): string[] {
  return [...GRADE_BANDS.map((b) => b.grade), VULNERABLE_GRADE, NO_GRADE];
}

/** custom_components/security_scorecard/catalog.json, in catalog order. */
export function catalogJson(catalog: readonly Check[]): string {
  const checks: CatalogEntry[] = catalog.map((c) => ({
    id: c.id,
    category: c.category,
    title: c.title,
    problem: c.problem,
    severity: c.severity,
    why: c.why,
    fix: c.fix,
    learn_more_url: c.learnMoreUrl,
    placeholders: placeholderKeys(c.id),
  }));
  return `${JSON.stringify({ version: 1, grades: knownGrades(), checks }, null, 2)}\n`;
}

function cell(s: string): string {
  return s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

/** One table per category: id, severity, title, link. */
export function checksMarkdown(catalog: readonly Check[]): string {
  const out: string[] = [`${catalog.length} checks.`];
  for (const cat of CATEGORIES) {
    const checks = catalog.filter((c) => c.category === cat.id);
    if (checks.length === 0) continue;
    out.push("", `### ${cat.title}`, "", "| Id | Severity | Check | Learn more |", "| --- | --- | --- | --- |");
    for (const c of checks) out.push(`| \`${c.id}\` | ${c.severity} | ${cell(c.title)} | [docs](${c.learnMoreUrl}) |`);
  }
  return out.join("\n");
}

/** The scoring rules, from scoring-data.ts. */
export function scoringMarkdown(): string {
  const weights = SEVERITY_ORDER.map((s) => `| ${s} | ${SEVERITY_WEIGHTS[s]} |`);
  const bands = GRADE_BANDS.map((b, i) => {
    const next = GRADE_BANDS[i - 1];
    const range = b.grade === A_PLUS.grade ? `${b.min}, and no open warning or failure` : next ? `${b.min}–${next.min - 1}` : `≥ ${b.min}`;
    return `| ${b.grade} | ${range} |`;
  });
  const na = Object.entries(REASON_STATUS)
    .filter(([, s]) => s === "not_applicable")
    .map(([r]) => `\`${r}\``)
    .join(", ");
  return [
    "Each assessed check earns a credit between 0 and 1: " +
      `pass ${DEFAULT_CREDIT.pass}, warning ${DEFAULT_CREDIT.warn}, fail ${DEFAULT_CREDIT.fail}, ` +
      "or partial credit where a check says so (2 of 4 admins with MFA = 0.5).",
    "",
    "**Score** = 100 · Σ weight · credit / Σ weight over assessed checks, rounded. " +
      "Checks that are not applicable or not assessed are left out of both sums; `info` checks weigh 0 and never move the score.",
    "",
    "| Severity | Weight |",
    "| --- | --- |",
    ...weights,
    "",
    "**Grade** (Mozilla Observatory bands):",
    "",
    "| Grade | Score |",
    "| --- | --- |",
    ...bands,
    "",
    "**Caps**:",
    "",
    ...CAPS.map((c) => `- ${c.description[0]?.toUpperCase()}${c.description.slice(1)} (a finding marked mitigated does not cap; one marked risk accepted does).`),
    `- A Home Assistant or Supervisor version with a published security advisory shows the grade as **${VULNERABLE_GRADE}** (vulnerable version), with the would-be grade beside it.`,
    "",
    `**Coverage** = assessed / applicable checks, shown beside the grade. A fact that is unavailable because of ${na} makes the checks that need it not applicable; any other reason makes them not assessed.`,
    "",
    `**Overrides**: a finding marked *risk accepted* earns ${OVERRIDE_CREDIT.risk_accepted} credit (it stays visible, with your reason); ` +
      `one marked *mitigated elsewhere* earns ${OVERRIDE_CREDIT.mitigated}.`,
    "",
    "**Fix next** lists failing and warning checks by the points each would recover if it alone passed, then by severity.",
  ].join("\n");
}

/**
 * Replace the text between `<!-- name:start -->` and `<!-- name:end -->`. Null when the
 * markers are missing (or out of order).
 */
export function replaceSection(doc: string, name: string, body: string): string | null {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) return null;
  return `${doc.slice(0, i + start.length)}\n${body}\n${doc.slice(j)}`;
}
