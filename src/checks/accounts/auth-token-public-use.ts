import { ipKind } from "../net.js";
import { ev, notAssessed, pass, warn } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, OWN_ONLY_NOTE, capped, nameIndex, tokenIndex, tokenLabel, tokenSource } from "./util.js";

export const authTokenPublicUse: Check = {
  id: "auth-token-public-use",
  category: "accounts",
  title: "Long-lived access tokens are used from the local network",
  severity: "low",
  why: "Long-lived tokens skip the login form and MFA; one used from the internet travels outside your network, and a copy used by someone else looks the same.",
  fix: "Check that each listed token's use from outside is expected (a cloud service, a phone away from home). If not, delete it on the profile's Security tab and create a new one for the service that needs it.",
  learnMoreUrl: DOCS.auth,
  fixPath: "/profile/security",
  needs: ["tokens", "own_tokens", "accounts", "users", "current_user"],
  optional: ["tokens", "own_tokens", "accounts", "users", "current_user"],
  evaluate(f) {
    const src = tokenSource(f);
    if (!src) return notAssessed("No token list could be read.");
    const lltas = tokenIndex(src.tokens).longLived;
    const note = src.ownOnly ? [ev(OWN_ONLY_NOTE)] : [];
    // The address is personal data: evidence says only that it was public.
    const outside = lltas.map((d) => d.token).filter((t) => t.last_used_ip !== null && ipKind(t.last_used_ip) === "public");
    if (outside.length === 0) {
      return pass(ev(lltas.length === 0 ? "There are no long-lived access tokens" : "No long-lived access token was last used from a public address"), ...note);
    }
    const nameOf = nameIndex(f);
    return warn(
      [...capped(outside, 10, (t) => `${tokenLabel(t, nameOf)} was last used from a public address`).map((t) => ev(t)), ...note],
      { placeholders: { count: String(outside.length) } },
    );
  },
};
