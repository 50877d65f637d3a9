import { defineCheck } from "../define.js";
import type { OutlineErrorKind } from "../../facts/types.js";
import { type EvidenceKey, ev, fail, pass, req, warn } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { capped } from "./outline.js";

/** The message of each error kind: `evidence.config-outline-errors.<kind>`. */
const KIND: Readonly<Record<OutlineErrorKind, EvidenceKey>> = {
  malformed: "config-outline-errors.malformed",
  binary: "config-outline-errors.binary",
  too_large: "config-outline-errors.too_large",
  unreadable: "config-outline-errors.unreadable",
  include_cycle: "config-outline-errors.include_cycle",
  missing_include: "config-outline-errors.missing_include",
  symlink_loop: "config-outline-errors.symlink_loop",
  limit_reached: "config-outline-errors.limit_reached",
};

/**
 * Informational (the other YAML checks could not look inside these files), except for a
 * file that is not UTF-8: Home Assistant refuses to load it, so that is a high finding
 * (the outline still scans its lossily decoded text for credentials).
 */
export const configOutlineErrors: Check = defineCheck({
  id: "config-outline-errors",
  category: "secrets",
  severity: "info",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/yaml/",
  needs: ["outline"],
  evaluate(facts) {
    const outline = req(facts.outline);
    // The error message is ours (the outline builder's), not file content; show only the kind.
    const evidence: Evidence[] = outline.files.flatMap((f) => {
      const e = f.error;
      if (e === null) return [];
      return [e.line === null ? ev(KIND[e.kind], undefined, f.path) : ev(KIND[e.kind], undefined, f.path, e.line)];
    });
    if (outline.truncated !== null) evidence.push(ev("config-outline-errors.truncated", { limit: outline.truncated.limit }));
    if (evidence.length === 0) return pass(ev("config-outline-errors.all_read", { count: outline.files.length }));
    const placeholders = { count: String(evidence.length) };
    if (outline.files.some((f) => f.error?.kind === "binary")) return fail(capped(evidence), { severity: "high", placeholders });
    return warn(capped(evidence), { placeholders });
  },
});
