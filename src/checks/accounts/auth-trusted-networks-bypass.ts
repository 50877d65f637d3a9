import { evAt } from "../outline-query.js";
import { ev, fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { DOCS } from "./util.js";
import { configuredProviders } from "./providers.js";

export const authTrustedNetworksBypass: Check = {
  id: "auth-trusted-networks-bypass",
  category: "accounts",
  title: "Trusted networks do not skip the login screen",
  severity: "high",
  why: "With allow_bypass_login, a device on a trusted network is signed in straight away, without choosing a user or seeing the login page — anyone on that network becomes that user.",
  fix: "Remove `allow_bypass_login: true` from the trusted_networks provider (or set it to false) and restart.",
  learnMoreUrl: DOCS.providers,
  needs: ["auth_providers", "outline"],
  optional: ["auth_providers", "outline"],
  evaluate(f) {
    const view = configuredProviders(f);
    if (!view) return notAssessed("Neither the auth providers nor the configuration could be read.");
    const tn = view.providers.filter((p) => p.type === "trusted_networks");
    if (tn.length === 0) return notApplicable("The trusted_networks auth provider is not configured.");
    const bad: Evidence[] = tn
      .filter((p) => p.allow_bypass_login === true)
      .map((p) => {
        const text = "trusted_networks has allow_bypass_login: true";
        return p.bypassHit ? evAt(text, p.bypassHit) : ev(text);
      });
    return bad.length > 0 ? fail(bad) : pass(ev("trusted_networks does not bypass the login screen"));
  },
};
