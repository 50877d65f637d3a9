import type { Fact } from "../facts/types.js";
import type en from "../i18n/en.json";
import type { Message, MessageParam } from "../i18n/message.js";
import type { CheckResult, Evidence } from "./types.js";

/** Evidence keys as the English file has them, without the "evidence." prefix: a typo does not compile. */
export type EvidenceKey = keyof typeof en extends infer K ? (K extends `evidence.${infer Rest}` ? Rest : never) : never;

/** Reason keys (why a check is not assessed / not applicable), without the "reasons." prefix. */
export type ReasonKey = keyof typeof en extends infer K ? (K extends `reasons.${infer Rest}` ? Rest : never) : never;

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

/**
 * A reason as a message: a key under `reasons.` ("no_http" shared, "net-tls.no_remote" for
 * one check) and its parameters (places, counts, names; a collector's own text stays as is).
 */
export function reasonMsg(key: ReasonKey, params?: Readonly<Record<string, MessageParam>>): Message {
  return params === undefined ? { key: `reasons.${key}` } : { key: `reasons.${key}`, params };
}

function asReason(reason: ReasonKey | Message, params?: Readonly<Record<string, MessageParam>>): Message {
  return typeof reason === "string" ? reasonMsg(reason, params) : reason;
}

/** Not applicable, and why: a reason key and its parameters, or a reason message built elsewhere. */
export function notApplicable(reason: ReasonKey | Message, params?: Readonly<Record<string, MessageParam>>): CheckResult {
  return { status: "not_applicable", evidence: [], reason: asReason(reason, params) };
}

/** Not assessed, and why (as for notApplicable). */
export function notAssessed(reason: ReasonKey | Message, params?: Readonly<Record<string, MessageParam>>): CheckResult {
  return { status: "not_assessed", evidence: [], reason: asReason(reason, params) };
}

/** Evidence: a message key under `evidence.` (e.g. "auth-admin-mfa.no_mfa") and its parameters. */
export function ev(key: EvidenceKey, params?: Readonly<Record<string, MessageParam>>, file?: string, line?: number): Evidence {
  const msg = params === undefined ? { key: `evidence.${key}` } : { key: `evidence.${key}`, params };
  return file === undefined ? msg : line === undefined ? { ...msg, file } : { ...msg, file, line };
}

/** A message that is not evidence itself but a parameter of one ("an unnamed user"). */
export function msg(key: EvidenceKey, params?: Readonly<Record<string, MessageParam>>): Message {
  return params === undefined ? { key: `evidence.${key}` } : { key: `evidence.${key}`, params };
}

/** "… and N more" after a capped list. */
export function andMore(count: number): Evidence {
  return ev("common.and_more", { count });
}
