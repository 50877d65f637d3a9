import { ev, fail, notAssessed, pass, warn } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, capped, displayName, humans, people } from "./util.js";

/**
 * Owner plus two: enough for a second person to recover the system when the owner is
 * away, few enough that each admin password is a deliberate choice. Household members
 * who only use dashboards do not need administrator rights.
 */
export const MAX_ADMINS = 3;

export const authFewAdmins: Check = {
  id: "auth-few-admins",
  category: "accounts",
  title: `At most ${MAX_ADMINS} people are administrators`,
  severity: "medium",
  why: "Every administrator account can reconfigure the whole system, so each one is another password an attacker can phish or guess; most household members only need to use dashboards.",
  fix: "In Settings → People, open each person who does not maintain Home Assistant and turn off 'Administrator'.",
  learnMoreUrl: DOCS.auth,
  fixPath: "/config/users",
  needs: ["accounts", "users"],
  optional: ["accounts", "users"],
  evaluate(f) {
    const list = people(f);
    if (!list) return notAssessed("The user list could not be read (administrators only).");
    const active = humans(list);
    const admins = active.filter((u) => u.is_admin);
    const names = () => capped(admins, 10, (a) => `${displayName(a)} is an administrator${a.is_owner ? " (owner)" : ""}`).map((t) => ev(t));
    if (admins.length > MAX_ADMINS) {
      return fail(names(), {
        credit: MAX_ADMINS / admins.length,
        placeholders: { count: String(admins.length), max: String(MAX_ADMINS) },
      });
    }
    if (active.length >= 3 && admins.length === active.length) {
      return warn([ev(`All ${active.length} people are administrators; nobody has a user-only account`), ...names()]);
    }
    return pass(ev(`${admins.length} of ${active.length} active people are administrators`));
  },
};
