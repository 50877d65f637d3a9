import { ev, fail, notAssessed, pass } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, OWN_ONLY_NOTE, STALE_DAYS, capped, daysSince, fraction, nameIndex, tokenIndex, tokenLabel, tokenSource } from "./util.js";

export const authTokenUnused: Check = {
  id: "auth-token-unused",
  category: "accounts",
  title: `Long-lived access tokens were used within ${STALE_DAYS} days`,
  severity: "medium",
  why: "A token nothing uses any more still opens the API to whoever holds a copy of it, and nobody would notice it being used.",
  fix: "Delete the listed tokens on the owning user's profile Security tab (Long-lived access tokens).",
  learnMoreUrl: DOCS.auth,
  fixPath: "/profile/security",
  needs: ["tokens", "own_tokens", "accounts", "users", "current_user"],
  optional: ["tokens", "own_tokens", "accounts", "users", "current_user"],
  evaluate(f, ctx) {
    const src = tokenSource(f);
    if (!src) return notAssessed("No token list could be read.");
    const lltas = tokenIndex(src.tokens).longLived;
    const note = src.ownOnly ? [ev(OWN_ONLY_NOTE)] : [];
    if (lltas.length === 0) return pass(ev("There are no long-lived access tokens"), ...note);
    // Only the lines shown are formatted; the rest are counted.
    const stale: (() => string)[] = [];
    const nameOf = nameIndex(f);
    for (const { token: t, createdMs, lastUsedMs } of lltas) {
      const used = daysSince(lastUsedMs, ctx.now);
      const created = daysSince(createdMs, ctx.now);
      if (used === null && created !== null && created > STALE_DAYS) stale.push(() => `${tokenLabel(t, nameOf)} was never used (created ${created} days ago)`);
      else if (used !== null && used > STALE_DAYS) stale.push(() => `${tokenLabel(t, nameOf)} was last used ${used} days ago`);
    }
    if (stale.length === 0) return pass(ev(`All ${lltas.length} long-lived access token(s) were used within ${STALE_DAYS} days (or are newer)`), ...note);
    return fail(
      [...capped(stale, 10, (line) => line()).map((t) => ev(t)), ...note],
      { credit: fraction(lltas.length - stale.length, lltas.length), placeholders: { count: String(stale.length) } },
    );
  },
};
