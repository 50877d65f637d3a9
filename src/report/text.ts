/** Plain-text report for a terminal; ANSI colour only when asked. */
import type { Status } from "../checks/types.js";
import { ENGLISH_TEXTS, type Texts } from "../i18n/texts.js";
import type { EvaluatedCheck, Scorecard } from "../score/types.js";
import {
  FIX_NEXT_LIMIT,
  STATUS_SYMBOL,
  coverageText,
  gradeDetail,
  overrideLabel,
  pointsText,
  scoreText,
  severityLabel,
  statusLabel,
  versionText,
} from "./common.js";

export interface TextOptions {
  readonly color: boolean;
  /** The language of check texts and evidence (default English). */
  readonly texts?: Texts;
}

type Paint = (s: string) => string;

const SGR = { bold: "1", dim: "2", red: "31", green: "32", yellow: "33", cyan: "36" } as const;

function painter(color: boolean): Record<keyof typeof SGR, Paint> {
  const make =
    (code: string): Paint =>
    (s) =>
      color ? `\u001b[${code}m${s}\u001b[0m` : s;
  return {
    bold: make(SGR.bold),
    dim: make(SGR.dim),
    red: make(SGR.red),
    green: make(SGR.green),
    yellow: make(SGR.yellow),
    cyan: make(SGR.cyan),
  };
}

export function renderText(sc: Scorecard, options: TextOptions): string {
  const p = painter(options.color);
  const t = options.texts ?? ENGLISH_TEXTS;
  const statusPaint: Record<Status, Paint> = {
    pass: p.green,
    fail: p.red,
    warn: p.yellow,
    not_applicable: p.dim,
    not_assessed: p.dim,
  };
  const gradePaint = (g: string): Paint =>
    g.startsWith("A") ? p.green : g.startsWith("B") ? p.green : g.startsWith("C") ? p.yellow : p.red;

  const out: string[] = [];
  out.push(p.bold(t.ui("report.heading")));
  out.push(p.dim(`${versionText(sc, t)} · ${t.ui(`report.mode.${sc.mode}`)} · ${t.ui("report.evaluated", { time: sc.evaluatedAt })}`));
  out.push("");
  const detail = gradeDetail(sc, t);
  out.push(
    `${t.ui("report.score")}: ${p.bold(`${scoreText(sc)}/100`)}   ${t.ui("report.grade")}: ${p.bold(gradePaint(sc.grade)(sc.grade))}${detail ? ` (${detail})` : ""}`,
  );
  if (sc.capReason) out.push(`  ${p.yellow(t.message(sc.capReason))}`);
  out.push(`${t.ui("report.coverage_label")}: ${coverageText(sc, t)}`);
  for (const a of sc.advisories) {
    const fixed = t.ui("report.fixed_in", { component: a.component, version: a.fixedIn });
    out.push(`  ${p.red("V")} ${a.id}${a.aliases.length ? ` (${a.aliases.join(", ")})` : ""}: ${a.summary}; ${fixed}`);
    out.push(`    ${a.url}`);
  }

  if (sc.fixNext.length > 0) {
    out.push("");
    out.push(p.bold(t.ui("report.fix_next")));
    sc.fixNext.slice(0, FIX_NEXT_LIMIT).forEach((e, i) => {
      out.push(`  ${i + 1}. ${t.heading(e.check, e.status)} [${severityLabel(t, e.severity)}] ${p.cyan(pointsText(e, t))}  ${p.dim(e.check.id)}`);
    });
  }

  for (const cat of sc.categories) {
    if (cat.checks.length === 0) continue;
    out.push("");
    const counts = (Object.keys(cat.counts) as Status[])
      .filter((s) => cat.counts[s] > 0)
      .map((s) => `${cat.counts[s]} ${statusLabel(t, s)}`)
      .join(", ");
    out.push(`${p.bold(t.category(cat.id))}  ${p.dim(counts)}`);
    for (const e of cat.checks) out.push(...checkLines(e, p, statusPaint, t));
  }
  return `${out.join("\n")}\n`;
}

function checkLines(e: EvaluatedCheck, p: Record<keyof typeof SGR, Paint>, statusPaint: Record<Status, Paint>, t: Texts): string[] {
  const lines: string[] = [];
  const sym = statusPaint[e.status](STATUS_SYMBOL[e.status]);
  const override = e.override ? ` [${overrideLabel(t, e.override.kind)}: ${e.override.reason}]` : "";
  lines.push(`  ${sym} ${severityLabel(t, e.severity).padEnd(8)} ${t.heading(e.check, e.status)}  ${p.dim(e.check.id)}${override}`);
  for (const ev of e.result.evidence) lines.push(`      ${t.evidence(ev)}`);
  if ((e.status === "not_assessed" || e.status === "not_applicable") && e.result.reason) {
    lines.push(p.dim(`      ${statusLabel(t, e.status)}: ${t.message(e.result.reason)}`));
  }
  if (e.status === "fail" || e.status === "warn") {
    lines.push(`      ${t.ui("report.fix")}: ${t.check(e.check, "fix")}`);
    lines.push(`      ${t.ui("report.learn_more")}: ${e.check.learnMoreUrl}`);
  }
  return lines;
}
