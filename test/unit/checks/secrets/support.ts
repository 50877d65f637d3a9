/**
 * Test support for the check tests of secrets, updates, backups and host: run a check the
 * way the evaluator does (gating on `needs`), and assert that no canary value leaks.
 */
import { ENGLISH_TEXTS } from "../../../../src/i18n/texts.js";
import { expect } from "vitest";
import type { Facts } from "../../../../src/facts/types.js";
import type { Check, CheckResult } from "../../../../src/checks/types.js";
import { evaluate } from "../../../../src/score/evaluate.js";
import { NOW } from "../../../support/facts-builder.js";

/**
 * Run one check through the real evaluator (gating on `needs`, result validation), so the
 * tests see what the card would. A check that throws fails the test instead of hiding as
 * "not assessed".
 */
export function run(check: Check, facts: Facts, now: Date = NOW): CheckResult {
  const card = evaluate(facts, { now, catalog: [check] });
  const result = card.categories.flatMap((c) => c.checks).find((e) => e.check.id === check.id)?.result;
  if (result === undefined) throw new Error(`${check.id} was not evaluated`);
  if (result.reason?.key === "reasons.check_failed" || result.reason?.key === "reasons.invalid_result") throw new Error(`${check.id}: ${ENGLISH_TEXTS.message(result.reason)}`);
  return result;
}

/** A value that must never appear in any output. */
export const CANARY = "CANARY-s3cr3t-7f9a";

export function expectNoCanary(result: CheckResult): void {
  expect(JSON.stringify(result)).not.toContain(CANARY);
}

/** The result's reason as the English report shows it ("" without one). */
export function reasonText(result: CheckResult): string {
  return result.reason ? ENGLISH_TEXTS.message(result.reason) : "";
}

export function texts(result: CheckResult): string[] {
  return result.evidence.map((e) => ENGLISH_TEXTS.evidence(e));
}
