import { describeTrustProblem, formatCidr, parseCidr, trustProblem } from "../net.js";
import { evAt } from "../outline-query.js";
import { ev, fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { DOCS } from "./util.js";
import { configuredProviders } from "./providers.js";

export const authTrustedNetworksBroad: Check = {
  id: "auth-trusted-networks-broad",
  category: "accounts",
  title: "Trusted networks are narrow, private ranges",
  severity: "critical",
  why: "Anyone connecting from a trusted network can log in without a password; a public range, or one wider than your home network, hands that login to strangers.",
  fix: "In `homeassistant: auth_providers: - type: trusted_networks`, list only the exact private addresses or small subnets of devices that need it (e.g. 192.168.1.0/24 or a single tablet's address), then restart.",
  learnMoreUrl: DOCS.providers,
  needs: ["auth_providers", "outline"],
  optional: ["auth_providers", "outline"],
  evaluate(f) {
    const view = configuredProviders(f);
    if (!view) return notAssessed("Neither the auth providers nor the configuration could be read.");
    const tn = view.providers.filter((p) => p.type === "trusted_networks");
    if (tn.length === 0) return notApplicable("The trusted_networks auth provider is not configured.");
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
        const text = `trusted_networks contains ${formatCidr(net)} (${describeTrustProblem(problem, net)})`;
        bad.push(item.hit ? evAt(text, item.hit) : ev(text));
      }
    }
    if (bad.length > 0) return fail(bad, { placeholders: { count: String(bad.length) } });
    if (total === 0) return notAssessed("The trusted networks could not be read.");
    return pass(ev(`All ${total} trusted network(s) are private ranges no wider than a /16 (IPv4) or /48 (IPv6)`));
  },
};
