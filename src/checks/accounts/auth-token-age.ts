import { defineCheck } from "../define.js";
import { ev, fail, notAssessed, pass } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, capped, daysSince, fraction, nameIndex, tokenIndex, ownOnlyNote, tokenLabel, tokenSource } from "./util.js";

export const MAX_TOKEN_AGE_DAYS = 365;

export const authTokenAge: Check = defineCheck({
  id: "auth-token-age",
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
    const old = lltas
      .map((d) => ({ t: d.token, age: daysSince(d.createdMs, ctx.now) }))
      .filter((x): x is { t: (typeof lltas)[number]["token"]; age: number } => x.age !== null && x.age > MAX_TOKEN_AGE_DAYS);
    if (old.length === 0) return pass(ev("auth-token-age.all_young", { count: lltas.length }), ...note);
    const nameOf = nameIndex(f);
    return fail(
      [...capped(old, 10, (x) => ev("auth-token-age.old", { token: tokenLabel(x.t, nameOf), days: x.age })), ...note],
      { credit: fraction(lltas.length - old.length, lltas.length), placeholders: { count: String(old.length) } },
    );
  },
});
