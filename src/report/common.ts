/** Wording shared by every report format, so text, Markdown and SARIF say the same thing, in the report's language (`report.*`). */
import type { Severity, Status } from "../checks/types.js";
import type { Texts } from "../i18n/texts.js";
import type { EvaluatedCheck, Override, Scorecard } from "../score/types.js";

export const STATUS_SYMBOL: Readonly<Record<Status, string>> = {
  pass: "✓",
  fail: "✗",
  warn: "!",
  not_applicable: "–",
  not_assessed: "?",
};

export function statusLabel(t: Texts, status: Status): string {
  return t.ui(`report.status.${status}`);
}

export function severityLabel(t: Texts, severity: Severity): string {
  return t.ui(`report.severity.${severity}`);
}

export function overrideLabel(t: Texts, kind: Override["kind"]): string {
  return t.ui(`report.override.${kind}`);
}

/** "Home Assistant 2026.11.1" or "Home Assistant (version unknown)". */
export function versionText(sc: Scorecard, t: Texts): string {
  return sc.haVersion ? t.ui("report.version", { version: sc.haVersion }) : t.ui("report.version_unknown");
}

/** "92" or "–" when nothing was assessed. */
export function scoreText(sc: Scorecard): string {
  return sc.score === null ? "–" : String(sc.score);
}

/** "34 of 40 applicable checks assessed (85%)". */
export function coverageText(sc: Scorecard, t: Texts): string {
  const percent = Math.round(sc.coverage.ratio * 100);
  return t.ui("report.coverage", { assessed: sc.coverage.assessed, applicable: sc.coverage.applicable, percent });
}

/** "+7.5 points" for a fix-next line. */
export function pointsText(e: EvaluatedCheck, t: Texts): string {
  return t.ui(e.recoverable === 1 ? "report.point" : "report.points", { points: e.recoverable });
}

/** The grade line's qualifier: the would-be grade when V, or nothing. */
export function gradeDetail(sc: Scorecard, t: Texts): string | null {
  if (sc.grade === "V") return t.ui("report.vulnerable", { grade: sc.wouldBeGrade });
  return null;
}

export const FIX_NEXT_LIMIT = 5;
