import { defineCheck } from "../define.js";
import { isBelow } from "../../data/version.js";
import { evAt } from "../outline-query.js";
import { ev, fail, notApplicable, notAssessed, opt, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { DOCS } from "./util.js";
import { configuredProviders } from "./providers.js";

const TYPE = "legacy_api_password";
/** The provider was removed in 2024.7 (home-assistant/core#119976). */
export const LEGACY_API_PASSWORD_REMOVED_IN = "2024.7";

export const authLegacyApiPassword: Check = defineCheck({
  id: "auth-legacy-api-password",
  category: "accounts",
  severity: "critical",
  learnMoreUrl: DOCS.providers,
  needs: ["auth_providers", "login_providers", "outline", "config"],
  optional: ["auth_providers", "login_providers", "outline", "config"],
  evaluate(f) {
    const evidence: Evidence[] = [];
    const view = configuredProviders(f);
    for (const p of view?.providers ?? []) {
      if (p.type !== TYPE) continue;
      evidence.push(p.hit ? evAt("auth-legacy-api-password.configured_at", undefined, p.hit) : ev("auth-legacy-api-password.configured"));
    }
    const login = opt(f.login_providers);
    if (evidence.length === 0 && login?.some((p) => p.type === TYPE)) evidence.push(ev("auth-legacy-api-password.login_page"));
    if (evidence.length > 0) return fail(evidence);

    const version = opt(f.config)?.version;
    if (version !== undefined && !isBelow(version, LEGACY_API_PASSWORD_REMOVED_IN)) {
      return notApplicable("auth-legacy-api-password.removed", { version: LEGACY_API_PASSWORD_REMOVED_IN });
    }
    if (view || login) return pass(ev("auth-legacy-api-password.not_configured"));
    return notAssessed("no_providers_or_config");
  },
});
