/** Small test checks: each returns a fixed result, so score arithmetic is easy to follow. */
import type { CategoryId, Check, CheckResult, Severity } from "../../../src/checks/types.js";
import type { FactKey } from "../../../src/facts/types.js";

export function check(
  id: string,
  severity: Severity,
  result: CheckResult | (() => CheckResult),
  over: { category?: CategoryId; needs?: FactKey[]; optional?: FactKey[] } = {},
): Check {
  return {
    id,
    category: over.category ?? "accounts",
    title: `Title of ${id}`,
    problem: `Problem of ${id}`,
    severity,
    why: `Why ${id} matters.`,
    fix: `Fix ${id}.`,
    learnMoreUrl: `https://www.home-assistant.io/docs/${id}/`,
    needs: over.needs ?? [],
    ...(over.optional ? { optional: over.optional } : {}),
    evaluate: typeof result === "function" ? result : () => result,
  };
}

export const PASS: CheckResult = { status: "pass", evidence: [] };
export const FAIL: CheckResult = { status: "fail", evidence: [{ key: "something is wrong" }] };
export const WARN: CheckResult = { status: "warn", evidence: [{ key: "something is weak" }] };
