import { defineCheck } from "../define.js";
import { describeTrustProblem, formatCidr, parseCidr, trustProblem } from "../net.js";
import { evAt } from "../outline-query.js";
import { ev, fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { DOCS } from "./util.js";
import { configuredProviders } from "./providers.js";

export const authTrustedNetworksBroad: Check = defineCheck({
  id: "auth-trusted-networks-broad",
  category: "accounts",
  severity: "critical",
  learnMoreUrl: DOCS.providers,
  needs: ["auth_providers", "outline"],
  optional: ["auth_providers", "outline"],
  evaluate(f) {
    const view = configuredProviders(f);
    if (!view) return notAssessed("no_providers_or_config");
    const tn = view.providers.filter((p) => p.type === "trusted_networks");
    if (tn.length === 0) return notApplicable("no_trusted_networks");
    const bad: Evidence[] = [];
    let total = 0;
    for (const p of tn) {
      for (const item of p.trusted_networks) {
        if (item.value === null) continue;
        const net = parseCidr(item.value);
        if (!net) continue;
        total++;
        const problem = trustProblem(net);
        if (!problem) continue;
        // Ranges are not secret (outline allow-list), and naming the range is what makes the finding actionable.
        const params = { network: formatCidr(net), problem: describeTrustProblem(problem, net) };
        bad.push(item.hit ? evAt("auth-trusted-networks-broad.too_broad", params, item.hit) : ev("auth-trusted-networks-broad.too_broad", params));
      }
    }
    if (bad.length > 0) return fail(bad, { placeholders: { count: String(bad.length) } });
    if (total === 0) return notAssessed("auth-trusted-networks-broad.unread");
    return pass(ev("auth-trusted-networks-broad.all_narrow", { count: total }));
  },
});
