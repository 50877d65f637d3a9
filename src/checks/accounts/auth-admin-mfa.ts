import { ev, fail, notApplicable, opt, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { activeMfa } from "./auth-owner-mfa.js";
import { DOCS, capped, displayName, fraction, humans } from "./util.js";

export const authAdminMfa: Check = {
  id: "auth-admin-mfa",
  category: "accounts",
  title: "Administrators use multi-factor authentication",
  severity: "high",
  why: "Every administrator can change the configuration, install integrations and add users; one phished admin password is a full takeover unless a second factor is required.",
  fix: "Ask each listed administrator to sign in, open their profile's Security tab and enable the Authenticator app module — or remove administrator rights they do not need (Settings → People).",
  learnMoreUrl: DOCS.mfa,
  fixPath: "/config/users",
  needs: ["accounts", "auth_providers"],
  optional: ["auth_providers"],
  evaluate(f) {
    const admins = humans(req(f.accounts)).filter((a) => a.is_admin && !a.is_owner);
    if (admins.length === 0) return notApplicable("There are no administrators besides the owner.");
    const providers = opt(f.auth_providers);
    const without = admins.filter((a) => activeMfa(a, providers).length === 0);
    if (without.length === 0) return pass(ev(`All ${admins.length} administrator(s) besides the owner have multi-factor authentication enabled`));
    return fail(
      capped(without, 10, (a) => `Administrator ${displayName(a)} has no multi-factor authentication module enabled`).map((t) => ev(t)),
      {
        credit: fraction(admins.length - without.length, admins.length),
        placeholders: { count: String(without.length), total: String(admins.length) },
      },
    );
  },
};
