import { defineCheck } from "../define.js";
import { evAt } from "../outline-query.js";
import { ev, fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { DOCS } from "./util.js";
import { configuredProviders } from "./providers.js";

export const authTrustedNetworksBypass: Check = defineCheck({
  id: "auth-trusted-networks-bypass",
  category: "accounts",
  severity: "high",
  learnMoreUrl: DOCS.providers,
  needs: ["auth_providers", "outline"],
  optional: ["auth_providers", "outline"],
  evaluate(f) {
    const view = configuredProviders(f);
    if (!view) return notAssessed("no_providers_or_config");
    const tn = view.providers.filter((p) => p.type === "trusted_networks");
    if (tn.length === 0) return notApplicable("no_trusted_networks");
    const bad: Evidence[] = tn
      .filter((p) => p.allow_bypass_login === true)
      .map((p) => (p.bypassHit ? evAt("auth-trusted-networks-bypass.bypass", undefined, p.bypassHit) : ev("auth-trusted-networks-bypass.bypass")));
    return bad.length > 0 ? fail(bad) : pass(ev("auth-trusted-networks-bypass.no_bypass"));
  },
});
