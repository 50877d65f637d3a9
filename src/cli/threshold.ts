/** --fail-under: a score (0–100) or a grade ("B" fails on B-, V and N/A). */
import { GRADES, gradeRank } from "../score/grade.js";
import type { Scorecard } from "../score/types.js";
import { CliError } from "./errors.js";

export type Threshold = { readonly kind: "score"; readonly min: number } | { readonly kind: "grade"; readonly min: string };

export function parseThreshold(raw: string): Threshold {
  const s = raw.trim();
  if (/^\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    if (n <= 100) return { kind: "score", min: n };
  }
  const g = s.toUpperCase();
  if (GRADES.includes(g)) return { kind: "grade", min: g };
  throw new CliError(`invalid --fail-under "${raw}": give a score 0-100 or a grade (${GRADES.join(", ")})`);
}

/** Null when the scorecard meets the threshold, else one line saying why not. */
export function shortfall(sc: Scorecard, t: Threshold): string | null {
  if (t.kind === "score") {
    if (sc.score === null) return `no score (nothing could be assessed); --fail-under ${t.min} not met`;
    return sc.score >= t.min ? null : `score ${sc.score} is below --fail-under ${t.min}`;
  }
  if (gradeRank(sc.grade) <= gradeRank(t.min)) return null;
  const why = sc.grade === "V" ? " (vulnerable version)" : sc.grade === "N/A" ? " (nothing could be assessed)" : "";
  return `grade ${sc.grade}${why} is below --fail-under ${t.min}`;
}
