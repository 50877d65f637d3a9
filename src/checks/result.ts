import type { Fact } from "../facts/types.js";
import type { CheckResult, Evidence } from "./types.js";

/**
 * The value of a fact the check declared in `needs`. The evaluator only calls a check
 * when every non-optional need is available, so a miss here is a programming error.
 */
export function req<T>(fact: Fact<T>): T {
  if (!fact.ok) throw new Error(`fact ${fact.source} used but unavailable (${fact.reason}); declare it in needs`);
  return fact.value;
}

/** The value of an optional fact, or undefined. */
export function opt<T>(fact: Fact<T>): T | undefined {
  return fact.ok ? fact.value : undefined;
}

export function pass(...evidence: Evidence[]): CheckResult {
  return { status: "pass", evidence };
}

export function fail(evidence: readonly Evidence[], extra: Partial<CheckResult> = {}): CheckResult {
  return { status: "fail", evidence, ...extra };
}

export function warn(evidence: readonly Evidence[], extra: Partial<CheckResult> = {}): CheckResult {
  return { status: "warn", evidence, ...extra };
}

export function notApplicable(reason: string): CheckResult {
  return { status: "not_applicable", evidence: [], reason };
}

export function notAssessed(reason: string): CheckResult {
  return { status: "not_assessed", evidence: [], reason };
}

/** Evidence text only. */
export function ev(text: string, file?: string, line?: number): Evidence {
  return file === undefined ? { text } : line === undefined ? { text, file } : { text, file, line };
}
