/** Grades: from a score, and their order (for caps and CLI thresholds). */
import { GRADE_BANDS, NO_GRADE, VULNERABLE_GRADE } from "./scoring-data.js";

/** The band grade a score reaches (A+ here only means "score ≥ 100"; evaluate.ts adds the no-warnings rule). */
export function gradeForScore(score: number): string {
  for (const band of GRADE_BANDS) if (score >= band.min) return band.grade;
  return GRADE_BANDS[GRADE_BANDS.length - 1]?.grade ?? "F";
}

/** Grades best first, as the bands list them. */
export const GRADES: readonly string[] = GRADE_BANDS.map((b) => b.grade);

/**
 * Rank of a grade: 0 is best. "V" and "N/A" rank below every band grade, so a threshold
 * is never met by a vulnerable or unassessed instance. Unknown strings → -1.
 */
export function gradeRank(grade: string): number {
  const i = GRADES.indexOf(grade);
  if (i >= 0) return i;
  if (grade === VULNERABLE_GRADE || grade === NO_GRADE) return GRADES.length;
  return -1;
}

export function isGrade(s: string): boolean {
  return GRADES.includes(s);
}

/** The worse of two band grades. */
export function worseGrade(a: string, b: string): string {
  return gradeRank(a) >= gradeRank(b) ? a : b;
}
