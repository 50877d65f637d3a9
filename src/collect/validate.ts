/**
 * Validation at the boundary: a response either has the shape we know (extra fields
 * ignored, superstruct `type()`), or it becomes `invalid_response` naming the field —
 * never the value (superstruct's own messages quote the value, so we do not use them).
 */
import { validate, type Struct } from "superstruct";
import { available, unavailable } from "../facts/fact.js";
import type { Fact } from "../facts/types.js";
import type { Outcome } from "./send.js";

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly field: string };

export function parse<T, S>(value: unknown, struct: Struct<T, S>): Parsed<T> {
  const [error, result] = validate(value, struct);
  if (error === undefined) return { ok: true, value: result };
  const path = error.path.map((p: unknown) => (typeof p === "number" ? `[${p}]` : String(p))).join(".").replace(/\.\[/g, "[");
  return { ok: false, field: path === "" ? "(response)" : path };
}

export function invalid<T>(source: string, field: string): Fact<T> {
  return unavailable(source, "invalid_response", `${source}: unexpected shape at ${field}`);
}

/** From an answered command to a Fact: validate, then map. */
export function factFrom<T, R, S>(source: string, outcome: Outcome, struct: Struct<R, S>, map: (raw: R) => T): Fact<T> {
  if (!outcome.ok) return unavailable(source, outcome.reason, outcome.message);
  const parsed = parse(outcome.value, struct);
  if (!parsed.ok) return invalid(source, parsed.field);
  return available(source, map(parsed.value));
}

/** The same, when a mapper itself can find the shape wrong (e.g. a join). */
export function unavailableFrom<T>(source: string, outcome: Outcome & { ok: false }): Fact<T> {
  return unavailable(source, outcome.reason, outcome.message);
}
