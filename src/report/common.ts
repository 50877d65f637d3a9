/** Wording shared by every report format, so text, Markdown and SARIF say the same thing. */
import type { Status } from "../checks/types.js";
import type { EvaluatedCheck, Scorecard } from "../score/types.js";

export const STATUS_SYMBOL: Readonly<Record<Status, string>> = {
  pass: "✓",
  fail: "✗",
  warn: "!",
  not_applicable: "–",
  not_assessed: "?",
};

export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  pass: "pass",
  fail: "fail",
  warn: "warning",
  not_applicable: "not applicable",
  not_assessed: "not assessed",
};

export const OVERRIDE_LABEL = { risk_accepted: "risk accepted", mitigated: "mitigated elsewhere" } as const;

/** "92" or "–" when nothing was assessed. */
export function scoreText(sc: Scorecard): string {
  return sc.score === null ? "–" : String(sc.score);
}

/** "34 of 40 applicable checks assessed (85 %)". */
export function coverageText(sc: Scorecard): string {
  const pct = Math.round(sc.coverage.ratio * 100);
  return `${sc.coverage.assessed} of ${sc.coverage.applicable} applicable checks assessed (${pct}%)`;
}

/** "+7.5 points" for a fix-next line. */
export function pointsText(e: EvaluatedCheck): string {
  return `+${e.recoverable} point${e.recoverable === 1 ? "" : "s"}`;
}

/** The grade line's qualifier: the would-be grade when V, or nothing. */
export function gradeDetail(sc: Scorecard): string | null {
  if (sc.grade === "V") return `vulnerable version; would be ${sc.wouldBeGrade}`;
  return null;
}

export const FIX_NEXT_LIMIT = 5;
