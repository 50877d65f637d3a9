import { defineCheck } from "../define.js";
import type { AccountInfo, AuthProvidersFacts } from "../../facts/types.js";
import { ev, fail, notAssessed, opt, pass } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, displayName } from "./util.js";

/**
 * MFA modules a user has enabled that are also loaded. A module removed from
 * `auth_mfa_modules` keeps the user's enrolment in storage but no longer asks for a code.
 */
export function activeMfa(account: Pick<AccountInfo, "mfa_modules">, providers: AuthProvidersFacts | undefined): string[] {
  if (!providers) return [...account.mfa_modules];
  const loaded = new Set(providers.mfa_modules.map((m) => m.id));
  return account.mfa_modules.filter((id) => loaded.has(id));
}

export const authOwnerMfa: Check = defineCheck({
  id: "auth-owner-mfa",
  category: "accounts",
  severity: "high",
  learnMoreUrl: DOCS.mfa,
  fixPath: "/profile/security",
  needs: ["accounts", "current_user", "auth_providers"],
  optional: ["accounts", "current_user", "auth_providers"],
  evaluate(f) {
    const accounts = opt(f.accounts);
    if (accounts) {
      const owner = accounts.find((a) => a.is_owner);
      if (!owner) return notAssessed("auth-owner-mfa.no_owner");
      const modules = activeMfa(owner, opt(f.auth_providers));
      return modules.length > 0
        ? pass(ev("auth-owner-mfa.owner_enabled", { name: displayName(owner), modules: modules.join(", ") }))
        : fail([ev("auth-owner-mfa.owner_none", { name: displayName(owner) })]);
    }
    // Without the backend, only the caller's own enrolment is visible (auth/current_user).
    const me = opt(f.current_user);
    if (!me) return notAssessed("auth-owner-mfa.unread");
    if (!me.is_owner) return notAssessed("auth-owner-mfa.not_owner");
    const enabled = me.mfa_modules.filter((m) => m.enabled).map((m) => m.id);
    return enabled.length > 0
      ? pass(ev("auth-owner-mfa.you_enabled", { modules: enabled.join(", ") }))
      : fail([ev("auth-owner-mfa.you_none")]);
  },
});
