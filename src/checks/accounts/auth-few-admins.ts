import { defineCheck } from "../define.js";
import { ev, fail, notAssessed, pass, warn } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, capped, displayName, humans, people } from "./util.js";

/**
 * Owner plus two: enough for a second person to recover the system when the owner is
 * away, few enough that each admin password is a deliberate choice. Household members
 * who only use dashboards do not need administrator rights.
 */
export const MAX_ADMINS = 3;

export const authFewAdmins: Check = defineCheck({
  id: "auth-few-admins",
  category: "accounts",
  severity: "medium",
  learnMoreUrl: DOCS.auth,
  fixPath: "/config/users",
  needs: ["accounts", "users"],
  optional: ["accounts", "users"],
  evaluate(f) {
    const list = people(f);
    if (!list) return notAssessed("auth-few-admins.no_user_list");
    const active = humans(list);
    const admins = active.filter((u) => u.is_admin);
    const names = () => capped(admins, 10, (a) => ev(a.is_owner ? "auth-few-admins.owner_admin" : "auth-few-admins.admin", { name: displayName(a) }));
    if (admins.length > MAX_ADMINS) {
      return fail(names(), {
        credit: MAX_ADMINS / admins.length,
        placeholders: { count: String(admins.length), max: String(MAX_ADMINS) },
      });
    }
    if (active.length >= 3 && admins.length === active.length) {
      return warn([ev("auth-few-admins.all_admins", { count: active.length }), ...names()]);
    }
    return pass(ev("auth-few-admins.some_admins", { count: admins.length, total: active.length }));
  },
});
