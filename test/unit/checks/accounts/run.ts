/**
 * Runs a check the way the evaluator does: a non-optional need that is unavailable stops
 * it before `evaluate` (not_assessed; not_applicable for supervisor_absent).
 */
import { ENGLISH_TEXTS } from "../../../../src/i18n/texts.js";
import { expect } from "vitest";
import { notApplicable, notAssessed } from "../../../../src/checks/result.js";
import type { Check, CheckResult } from "../../../../src/checks/types.js";
import type { Facts } from "../../../../src/facts/types.js";
import { NOW } from "../../../support/facts-builder.js";

export function run(check: Check, f: Facts, now: Date = NOW): CheckResult {
  for (const key of check.needs) {
    const fact = f[key];
    if (fact.ok || check.optional?.includes(key)) continue;
    const why = { fact: key, message: fact.message };
    return fact.reason === "supervisor_absent" ? notApplicable("fact_unavailable", why) : notAssessed("fact_unavailable", why);
  }
  return check.evaluate(f, { now });
}

/** The result's reason as the English report shows it ("" without one). */
export function reasonText(r: CheckResult): string {
  return r.reason ? ENGLISH_TEXTS.message(r.reason) : "";
}

/** All evidence text of a result, one line each. */
export function texts(r: CheckResult): string[] {
  return r.evidence.map((e) => ENGLISH_TEXTS.evidence(e));
}

/** Asserts that none of `values` appears anywhere in the serialised result. */
export function expectNoValue(r: CheckResult, ...values: string[]): void {
  const json = JSON.stringify(r);
  for (const v of values) expect(json).not.toContain(v);
}
