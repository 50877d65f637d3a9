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
  if (result.reason?.startsWith("check failed")) throw new Error(`${check.id}: ${result.reason}`);
  return result;
}

/** A value that must never appear in any output. */
export const CANARY = "CANARY-s3cr3t-7f9a";

export function expectNoCanary(result: CheckResult): void {
  expect(JSON.stringify(result)).not.toContain(CANARY);
}

export function texts(result: CheckResult): string[] {
  return result.evidence.map((e) => ENGLISH_TEXTS.evidence(e));
}
