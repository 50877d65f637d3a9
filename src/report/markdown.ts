/** Markdown report: for a pull request comment, an issue, or a CI job summary. */
import type { Status } from "../checks/types.js";
import type { EvaluatedCheck, Scorecard } from "../score/types.js";
import { FIX_NEXT_LIMIT, OVERRIDE_LABEL, coverageText, gradeDetail, pointsText, scoreText } from "./common.js";

const STATUS_BADGE: Readonly<Record<Status, string>> = {
  pass: "✅ pass",
  fail: "❌ fail",
  warn: "⚠️ warning",
  not_applicable: "➖ not applicable",
  not_assessed: "❔ not assessed",
};

/** Text safe inside a table cell or list item: no HTML, no table breaks, one line. */
function md(s: string): string {
  return s
    .replace(/\r?\n/g, " ")
    .replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

export function renderMarkdown(sc: Scorecard): string {
  const out: string[] = [];
  out.push("# Home Assistant security scorecard");
  out.push("");
  const detail = gradeDetail(sc);
  out.push(`**Score ${scoreText(sc)}/100 · Grade ${md(sc.grade)}**${detail ? ` (${md(detail)})` : ""}`);
  out.push("");
  if (sc.capReason) out.push(`> ${md(sc.capReason)}`, "");
  out.push(`Coverage: ${coverageText(sc)}. ${md(sc.haVersion ? `Home Assistant ${sc.haVersion}` : "Home Assistant version unknown")}, evaluated ${sc.evaluatedAt}.`);
  if (sc.advisories.length > 0) {
    out.push("", "## Security advisories for this version", "");
    for (const a of sc.advisories) out.push(`- [${md(a.id)}](${a.url}): ${md(a.summary)} (${a.component} fixed in ${md(a.fixedIn)})`);
  }
  if (sc.fixNext.length > 0) {
    out.push("", "## Fix next", "");
    sc.fixNext.slice(0, FIX_NEXT_LIMIT).forEach((e, i) => {
      out.push(`${i + 1}. **${md(e.check.title)}** (${e.severity}, ${pointsText(e)}): ${md(e.check.fix)} [Learn more](${e.check.learnMoreUrl})`);
    });
  }
  for (const cat of sc.categories) {
    if (cat.checks.length === 0) continue;
    out.push("", `## ${md(cat.title)}`, "");
    out.push("| Status | Severity | Check | Details |", "| --- | --- | --- | --- |");
    for (const e of cat.checks) out.push(row(e));
  }
  return `${out.join("\n")}\n`;
}

function row(e: EvaluatedCheck): string {
  const details: string[] = e.result.evidence.map((ev) => md(ev.file && !ev.text.includes(ev.file) ? `${ev.file}${ev.line ? `:${ev.line}` : ""}: ${ev.text}` : ev.text));
  if (e.result.reason && (e.status === "not_assessed" || e.status === "not_applicable")) details.push(md(e.result.reason));
  if (e.override) details.push(`*${OVERRIDE_LABEL[e.override.kind]}:* ${md(e.override.reason)}`);
  if (e.status === "fail" || e.status === "warn") details.push(`[Learn more](${e.check.learnMoreUrl})`);
  const title = `${md(e.check.title)} <br>\`${e.check.id}\``;
  return `| ${STATUS_BADGE[e.status]} | ${e.severity} | ${title} | ${details.join("<br>")} |`;
}
