import { defineCheck } from "../define.js";
import { isHaLocalIp } from "../net.js";
import { ev, opt, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, capped, displayName, humans, tokensOf } from "./util.js";

export const authLocalOnlyCandidates: Check = defineCheck({
  id: "auth-local-only-candidates",
  category: "accounts",
  severity: "low",
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
      return pass(ev(open.length === 0 ? "auth-local-only-candidates.all_local" : "auth-local-only-candidates.all_used_remotely"));
    }
    const evidence = capped(candidates, 10, (u) => ev("auth-local-only-candidates.candidate", { name: displayName(u) }));
    if (opt(f.cloud)?.remote_enabled === true) {
      evidence.push(ev("auth-local-only-candidates.cloud_remote"));
    }
    return warn(evidence, { placeholders: { count: String(candidates.length) } });
  },
});
