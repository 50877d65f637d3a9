import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, opt, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { activeMfa } from "./auth-owner-mfa.js";
import { DOCS, capped, displayName, fraction, humans } from "./util.js";

export const authAdminMfa: Check = defineCheck({
  id: "auth-admin-mfa",
  category: "accounts",
  severity: "high",
  learnMoreUrl: DOCS.mfa,
  fixPath: "/config/users",
  needs: ["accounts", "auth_providers"],
  optional: ["auth_providers"],
  evaluate(f) {
    const admins = humans(req(f.accounts)).filter((a) => a.is_admin && !a.is_owner);
    if (admins.length === 0) return notApplicable("auth-admin-mfa.no_admins");
    const providers = opt(f.auth_providers);
    const without = admins.filter((a) => activeMfa(a, providers).length === 0);
    if (without.length === 0) return pass(ev("auth-admin-mfa.all_enabled", { count: admins.length }));
    return fail(
      capped(without, 10, (a) => ev("auth-admin-mfa.no_mfa", { name: displayName(a) })),
      {
        credit: fraction(admins.length - without.length, admins.length),
        placeholders: { count: String(without.length), total: String(admins.length) },
      },
    );
  },
});
