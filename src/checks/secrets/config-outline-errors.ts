import type { OutlineErrorKind } from "../../facts/types.js";
import { ev, fail, pass, req, warn } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { capped } from "./outline.js";

const KIND: Readonly<Record<OutlineErrorKind, string>> = {
  malformed: "is not valid YAML",
  binary: "is not UTF-8 text: Home Assistant refuses to load it",
  too_large: "is too large to read",
  unreadable: "could not be read",
  include_cycle: "is part of an !include cycle",
  missing_include: "includes a file that does not exist",
  symlink_loop: "is a symlink loop",
  limit_reached: "was skipped: a limit was reached",
};

/**
 * Informational (the other YAML checks could not look inside these files), except for a
 * file that is not UTF-8: Home Assistant refuses to load it, so that is a high finding
 * (the outline still scans its lossily decoded text for credentials).
 */
export const configOutlineErrors: Check = {
  id: "config-outline-errors",
  category: "secrets",
  title: "Every YAML file in the config folder could be read",
  severity: "info",
  why: "Files the scorecard cannot parse are not checked for plaintext credentials, so findings in them would go unnoticed.",
  fix: "Fix or remove the listed files (Developer tools → YAML → Check configuration reports errors in reachable files).",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/yaml/",
  needs: ["outline"],
  evaluate(facts) {
    const outline = req(facts.outline);
    // The error message is ours (the outline builder's), not file content; show only the kind.
    const evidence: Evidence[] = outline.files.flatMap((f) => {
      const e = f.error;
      if (e === null) return [];
      return [e.line === null ? ev(`${f.path} ${KIND[e.kind]}`, f.path) : ev(`${f.path}:${e.line} ${KIND[e.kind]}`, f.path, e.line)];
    });
    if (outline.truncated !== null) evidence.push(ev(`The outline stopped early: ${outline.truncated.limit} limit reached`));
    if (evidence.length === 0) return pass(ev(`${outline.files.length} YAML file(s) read`));
    const placeholders = { count: String(evidence.length) };
    if (outline.files.some((f) => f.error?.kind === "binary")) return fail(capped(evidence), { severity: "high", placeholders });
    return warn(capped(evidence), { placeholders });
  },
};
