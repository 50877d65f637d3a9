/**
 * One file's text → entries, include references and an error (outline.py `parse_text`).
 * Never throws for any input; error messages are fixed templates that never quote the text.
 */
import { outlineDocument, type DocumentOutline, type FeatureMemo } from "./document.js";
import { DEFAULT_LIMITS, type OutlineLimits } from "./limits.js";
import { FileProblem, MALFORMED, composeText } from "./parse.js";

export function parseText(
  text: string,
  options: { inSecretsFile?: boolean; limits?: OutlineLimits; entriesLeft?: number; deadline?: number; fastPath?: boolean; memo?: FeatureMemo } = {},
): DocumentOutline {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const entriesLeft = options.entriesLeft ?? limits.max_total_entries;
  const deadline = options.deadline ?? performance.now() + limits.max_seconds * 1000;
  const body = text.startsWith("\ufeff") ? text.slice(1) : text;
  try {
    const root = composeText(body, limits, deadline, options.fastPath !== false);
    return outlineDocument(root, options.inSecretsFile === true, limits, entriesLeft, options.memo);
  } catch (err) {
    if (err instanceof FileProblem) return failed({ kind: err.kind, line: err.line, message: err.message });
    // A parser bug (or a stack overflow on hostile input) must not stop the outline.
    return failed({ kind: "malformed", line: null, message: MALFORMED });
  }
}

function failed(error: NonNullable<DocumentOutline["error"]>): DocumentOutline {
  return { entries: [], includes: [], error, totalHit: false };
}
