/** Plain-text report for a terminal; ANSI colour only when asked. */
import type { Status } from "../checks/types.js";
import type { EvaluatedCheck, Scorecard } from "../score/types.js";
import {
  FIX_NEXT_LIMIT,
  OVERRIDE_LABEL,
  STATUS_LABEL,
  STATUS_SYMBOL,
  coverageText,
  gradeDetail,
  pointsText,
  scoreText,
} from "./common.js";

export interface TextOptions {
  readonly color: boolean;
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
  const version = sc.haVersion ? `Home Assistant ${sc.haVersion}` : "Home Assistant (version unknown)";
  out.push(p.bold("Home Assistant security scorecard"));
  out.push(p.dim(`${version} · ${sc.mode} · evaluated ${sc.evaluatedAt}`));
  out.push("");
  const detail = gradeDetail(sc);
  out.push(
    `Score: ${p.bold(`${scoreText(sc)}/100`)}   Grade: ${p.bold(gradePaint(sc.grade)(sc.grade))}${detail ? ` (${detail})` : ""}`,
  );
  if (sc.capReason) out.push(`  ${p.yellow(sc.capReason)}`);
  out.push(`Coverage: ${coverageText(sc)}`);
  for (const a of sc.advisories) {
    out.push(`  ${p.red("V")} ${a.id}${a.aliases.length ? ` (${a.aliases.join(", ")})` : ""}: ${a.summary}; ${a.component} fixed in ${a.fixedIn}`);
    out.push(`    ${a.url}`);
  }

  if (sc.fixNext.length > 0) {
    out.push("");
    out.push(p.bold("Fix next"));
    sc.fixNext.slice(0, FIX_NEXT_LIMIT).forEach((e, i) => {
      out.push(`  ${i + 1}. ${e.check.title} [${e.severity}] ${p.cyan(pointsText(e))}  ${p.dim(e.check.id)}`);
    });
  }

  for (const cat of sc.categories) {
    if (cat.checks.length === 0) continue;
    out.push("");
    const counts = (Object.keys(cat.counts) as Status[])
      .filter((s) => cat.counts[s] > 0)
      .map((s) => `${cat.counts[s]} ${STATUS_LABEL[s]}`)
      .join(", ");
    out.push(`${p.bold(cat.title)}  ${p.dim(counts)}`);
    for (const e of cat.checks) out.push(...checkLines(e, p, statusPaint));
  }
  return `${out.join("\n")}\n`;
}

function checkLines(e: EvaluatedCheck, p: Record<keyof typeof SGR, Paint>, statusPaint: Record<Status, Paint>): string[] {
  const lines: string[] = [];
  const sym = statusPaint[e.status](STATUS_SYMBOL[e.status]);
  const override = e.override ? ` [${OVERRIDE_LABEL[e.override.kind]}: ${e.override.reason}]` : "";
  lines.push(`  ${sym} ${e.severity.padEnd(8)} ${e.check.title}  ${p.dim(e.check.id)}${override}`);
  for (const ev of e.result.evidence) {
    const place = ev.file ? `${ev.file}${ev.line ? `:${ev.line}` : ""}: ` : "";
    // The evidence text often names its place already; only prefix it when it does not.
    lines.push(`      ${ev.file && ev.text.includes(ev.file) ? ev.text : `${place}${ev.text}`}`);
  }
  if ((e.status === "not_assessed" || e.status === "not_applicable") && e.result.reason) {
    lines.push(p.dim(`      ${STATUS_LABEL[e.status]}: ${e.result.reason}`));
  }
  if (e.status === "fail" || e.status === "warn") {
    lines.push(`      Fix: ${e.check.fix}`);
    lines.push(`      Learn more: ${e.check.learnMoreUrl}`);
  }
  return lines;
}
