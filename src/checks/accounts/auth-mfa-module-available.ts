import { defineCheck } from "../define.js";
import { type EvidenceKey, ev, fail, notAssessed, opt, pass } from "../result.js";
import { entriesAt, evAt, firstAt, incompleteAt } from "../outline-query.js";
import type { Check } from "../types.js";
import { DOCS } from "./util.js";

/*
 * Home Assistant loads the TOTP module when `homeassistant.auth_mfa_modules` is not
 * configured at all (homeassistant/config.py async_process_ha_core_config: default
 * [{"type": "totp", ...}]); only an explicit list without it, or an empty list, leaves
 * users without a usable second factor. auth_manager_from_config itself has no default.
 */
export const authMfaModuleAvailable: Check = defineCheck({
  id: "auth-mfa-module-available",
  category: "accounts",
  severity: "medium",
  learnMoreUrl: DOCS.mfa,
  needs: ["auth_providers", "current_user", "outline"],
  optional: ["auth_providers", "current_user", "outline"],
  evaluate(f) {
    const outline = opt(f.outline);
    const key = outline ? firstAt(outline, ["homeassistant", "auth_mfa_modules"]) : undefined;
    const where = (k: EvidenceKey) => (key ? evAt(k, undefined, key) : ev(k));

    // The backend and auth/current_user both list the modules actually loaded.
    const loaded = opt(f.auth_providers)?.mfa_modules.map((m) => m.id) ?? opt(f.current_user)?.mfa_modules.map((m) => m.id);
    if (loaded !== undefined) {
      return loaded.length > 0
        ? pass(ev("auth-mfa-module-available.loaded", { modules: loaded.join(", ") }))
        : fail([where("auth-mfa-module-available.none_loaded")]);
    }
    if (!outline) return notAssessed("auth-mfa-module-available.unread");
    const broken = incompleteAt(outline, ["homeassistant", "auth_mfa_modules"]);
    if (!key && broken) return notAssessed(broken);
    if (!key) return pass(ev("auth-mfa-module-available.default_totp"));
    const types = entriesAt(outline, ["homeassistant", "auth_mfa_modules", "*", "type"]);
    if (types.length === 0 && key.entry.type === "seq") {
      return fail([evAt("auth-mfa-module-available.empty_list", undefined, key)]);
    }
    const named = types.map((t) => (typeof t.entry.value === "string" ? t.entry.value : "?"));
    return types.length > 0
      ? pass(evAt("auth-mfa-module-available.configured", { modules: named.join(", ") }, key))
      : notAssessed("auth-mfa-module-available.hidden");
  },
});
