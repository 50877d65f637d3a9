import { defineCheck } from "../define.js";
import { ev, fail, notAssessed, pass } from "../result.js";
import type { Evidence } from "../types.js";
import type { Check } from "../types.js";
import { DOCS, STALE_DAYS, capped, daysSince, fraction, nameIndex, tokenIndex, ownOnlyNote, tokenLabel, tokenSource } from "./util.js";

export const authTokenUnused: Check = defineCheck({
  id: "auth-token-unused",
  category: "accounts",
  severity: "medium",
  learnMoreUrl: DOCS.auth,
  fixPath: "/profile/security",
  needs: ["tokens", "own_tokens", "accounts", "users", "current_user"],
  optional: ["tokens", "own_tokens", "accounts", "users", "current_user"],
  evaluate(f, ctx) {
    const src = tokenSource(f);
    if (!src) return notAssessed("no_token_list");
    const lltas = tokenIndex(src.tokens).longLived;
    const note = src.ownOnly ? [ownOnlyNote()] : [];
    if (lltas.length === 0) return pass(ev("common.no_long_lived_tokens"), ...note);
    // Only the lines shown are formatted; the rest are counted.
    const stale: (() => Evidence)[] = [];
    const nameOf = nameIndex(f);
    for (const { token: t, createdMs, lastUsedMs } of lltas) {
      const used = daysSince(lastUsedMs, ctx.now);
      const created = daysSince(createdMs, ctx.now);
      if (used === null && created !== null && created > STALE_DAYS) stale.push(() => ev("auth-token-unused.never_used", { token: tokenLabel(t, nameOf), days: created }));
      else if (used !== null && used > STALE_DAYS) stale.push(() => ev("auth-token-unused.last_used", { token: tokenLabel(t, nameOf), days: used }));
    }
    if (stale.length === 0) return pass(ev("auth-token-unused.all_used", { count: lltas.length, days: STALE_DAYS }), ...note);
    return fail(
      [...capped(stale, 10, (line) => line()), ...note],
      { credit: fraction(lltas.length - stale.length, lltas.length), placeholders: { count: String(stale.length) } },
    );
  },
});
