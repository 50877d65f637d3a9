/** Markdown report: for a pull request comment, an issue, or a CI job summary. */
import type { Status } from "../checks/types.js";
import { ENGLISH_TEXTS, type Texts } from "../i18n/texts.js";
import type { EvaluatedCheck, Scorecard } from "../score/types.js";
import { FIX_NEXT_LIMIT, coverageText, gradeDetail, overrideLabel, pointsText, scoreText, severityLabel, statusLabel, versionText } from "./common.js";

const STATUS_ICON: Readonly<Record<Status, string>> = {
  pass: "✅",
  fail: "❌",
  warn: "⚠️",
  not_applicable: "➖",
  not_assessed: "❔",
};

/** Text safe inside a table cell or list item: no HTML, no table breaks, one line. */
function md(s: string): string {
  return s
    .replace(/\r?\n/g, " ")
    .replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

export function renderMarkdown(sc: Scorecard, t: Texts = ENGLISH_TEXTS): string {
  const out: string[] = [];
  const learnMore = (url: string) => `[${md(t.ui("report.learn_more"))}](${url})`;
  out.push(`# ${md(t.ui("report.heading"))}`);
  out.push("");
  const detail = gradeDetail(sc, t);
  out.push(`**${md(t.ui("report.score"))} ${scoreText(sc)}/100 · ${md(t.ui("report.grade"))} ${md(sc.grade)}**${detail ? ` (${md(detail)})` : ""}`);
  out.push("");
  if (sc.capReason) out.push(`> ${md(t.message(sc.capReason))}`, "");
  out.push(`${md(t.ui("report.coverage_label"))}: ${md(coverageText(sc, t))}. ${md(versionText(sc, t))}, ${md(t.ui("report.evaluated", { time: sc.evaluatedAt }))}.`);
  if (sc.advisories.length > 0) {
    out.push("", `## ${md(t.ui("report.advisories"))}`, "");
    for (const a of sc.advisories) out.push(`- [${md(a.id)}](${a.url}): ${md(a.summary)} (${md(t.ui("report.fixed_in", { component: a.component, version: a.fixedIn }))})`);
  }
  if (sc.fixNext.length > 0) {
    out.push("", `## ${md(t.ui("report.fix_next"))}`, "");
    sc.fixNext.slice(0, FIX_NEXT_LIMIT).forEach((e, i) => {
      const what = `${severityLabel(t, e.severity)}, ${pointsText(e, t)}`;
      out.push(`${i + 1}. **${md(t.heading(e.check, e.status))}** (${md(what)}): ${md(t.check(e.check, "fix"))} ${learnMore(e.check.learnMoreUrl)}`);
    });
  }
  const header = ["status", "severity", "check", "details"].map((c) => md(t.ui(`report.table.${c}`)));
  for (const cat of sc.categories) {
    if (cat.checks.length === 0) continue;
    out.push("", `## ${md(t.category(cat.id))}`, "");
    out.push(`| ${header.join(" | ")} |`, "| --- | --- | --- | --- |");
    for (const e of cat.checks) out.push(row(e, t));
  }
  return `${out.join("\n")}\n`;
}

function row(e: EvaluatedCheck, t: Texts): string {
  const details: string[] = e.result.evidence.map((ev) => md(t.evidence(ev)));
  if (e.result.reason && (e.status === "not_assessed" || e.status === "not_applicable")) details.push(md(t.message(e.result.reason)));
  if (e.override) details.push(`*${md(overrideLabel(t, e.override.kind))}:* ${md(e.override.reason)}`);
  if (e.status === "fail" || e.status === "warn") details.push(`[${md(t.ui("report.learn_more"))}](${e.check.learnMoreUrl})`);
  const title = `${md(t.heading(e.check, e.status))} <br>\`${e.check.id}\``;
  return `| ${STATUS_ICON[e.status]} ${md(statusLabel(t, e.status))} | ${md(severityLabel(t, e.severity))} | ${title} | ${details.join("<br>")} |`;
}
