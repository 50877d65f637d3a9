import { ev, fail, notAssessed, pass } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, OWN_ONLY_NOTE, capped, daysSince, fraction, nameIndex, tokenIndex, tokenLabel, tokenSource } from "./util.js";

export const MAX_TOKEN_AGE_DAYS = 365;

export const authTokenAge: Check = {
  id: "auth-token-age",
  category: "accounts",
  title: "Long-lived access tokens are less than a year old",
  severity: "medium",
  why: "A long-lived access token works like a password that never asks for a second factor; the older it is, the more places (scripts, backups, old devices) it may have been copied to.",
  fix: "Create a new token for each integration that needs one, update the integration, then delete the old token on the profile's Security tab.",
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
    const old = lltas
      .map((d) => ({ t: d.token, age: daysSince(d.createdMs, ctx.now) }))
      .filter((x): x is { t: (typeof lltas)[number]["token"]; age: number } => x.age !== null && x.age > MAX_TOKEN_AGE_DAYS);
    if (old.length === 0) return pass(ev(`All ${lltas.length} long-lived access token(s) are less than a year old`), ...note);
    const nameOf = nameIndex(f);
    return fail(
      [...capped(old, 10, (x) => `${tokenLabel(x.t, nameOf)} was created ${x.age} days ago`).map((t) => ev(t)), ...note],
      { credit: fraction(lltas.length - old.length, lltas.length), placeholders: { count: String(old.length) } },
    );
  },
};
