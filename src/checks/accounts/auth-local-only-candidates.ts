import { isHaLocalIp } from "../net.js";
import { ev, opt, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, capped, displayName, humans, tokensOf } from "./util.js";

export const authLocalOnlyCandidates: Check = {
  id: "auth-local-only-candidates",
  category: "accounts",
  title: "People who only sign in at home are restricted to the local network",
  severity: "low",
  why: "An account that is only ever used at home does not need to accept logins from the internet; 'Can only log in from the local network' removes it from what a remote attacker can try.",
  fix: "In Settings → People, open each listed person and turn on 'Local access only' (Home Assistant then refuses their logins from outside the local network).",
  learnMoreUrl: DOCS.auth,
  fixPath: "/config/users",
  needs: ["accounts", "tokens", "cloud"],
  optional: ["cloud"],
  evaluate(f) {
    const tokens = req(f.tokens);
    // The owner is left out: locking the one account that can fix everything to the LAN is a trade-off, not a hygiene fix.
    const open = humans(req(f.accounts)).filter((u) => !u.is_owner && !u.local_only);
    const candidates = open.filter((u) => {
      // Seen at least once, and only ever from addresses Home Assistant's own `is_local`
      // accepts (it decides what a local-only user may use, so use it here too).
      let seen = false;
      for (const { token } of tokensOf(tokens, u.id)) {
        if (token.last_used_ip === null) continue;
        if (!isHaLocalIp(token.last_used_ip)) return false;
        seen = true;
      }
      return seen;
    });
    if (candidates.length === 0) {
      return pass(ev(open.length === 0 ? "Every person besides the owner is already local-only" : "Everyone allowed remote login has used it from outside the local network"));
    }
    const evidence = capped(candidates, 10, (u) => `${displayName(u)} may log in remotely but has only ever been seen on the local network`).map((t) => ev(t));
    if (opt(f.cloud)?.remote_enabled === true) {
      evidence.push(ev("Home Assistant Cloud remote access is on; check with these people before restricting them, in case they use it"));
    }
    return warn(evidence, { placeholders: { count: String(candidates.length) } });
  },
};
