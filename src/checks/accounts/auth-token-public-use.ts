import { defineCheck } from "../define.js";
import { ipKind } from "../net.js";
import { ev, notAssessed, pass, warn } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, capped, nameIndex, ownOnlyNote, tokenIndex, tokenLabel, tokenSource } from "./util.js";

export const authTokenPublicUse: Check = defineCheck({
  id: "auth-token-public-use",
  category: "accounts",
  severity: "low",
  learnMoreUrl: DOCS.auth,
  fixPath: "/profile/security",
  needs: ["tokens", "own_tokens", "accounts", "users", "current_user"],
  optional: ["tokens", "own_tokens", "accounts", "users", "current_user"],
  evaluate(f) {
    const src = tokenSource(f);
    if (!src) return notAssessed("no_token_list");
    const lltas = tokenIndex(src.tokens).longLived;
    const note = src.ownOnly ? [ownOnlyNote()] : [];
    // The address is personal data: evidence says only that it was public.
    const outside = lltas.map((d) => d.token).filter((t) => t.last_used_ip !== null && ipKind(t.last_used_ip) === "public");
    if (outside.length === 0) {
      return pass(ev(lltas.length === 0 ? "common.no_long_lived_tokens" : "auth-token-public-use.none_public"), ...note);
    }
    const nameOf = nameIndex(f);
    return warn(
      [...capped(outside, 10, (t) => ev("auth-token-public-use.public", { token: tokenLabel(t, nameOf) })), ...note],
      { placeholders: { count: String(outside.length) } },
    );
  },
});
