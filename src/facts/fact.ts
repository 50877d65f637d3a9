import type { Fact, UnavailableReason } from "./types.js";

/** A fact that was observed. */
export function available<T>(source: string, value: T): Fact<T> {
  return { ok: true, source, value };
}

/** A fact that could not be had, with the reason. `message` must never carry a secret value. */
export function unavailable<T>(source: string, reason: UnavailableReason, message: string): Fact<T> {
  return { ok: false, source, reason, message };
}
