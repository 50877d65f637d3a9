import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, STALE_DAYS, ageDays, capped, displayName, fraction, humans } from "./util.js";

export const authUnusedUsers: Check = {
  id: "auth-unused-users",
  category: "accounts",
  title: `Every active user has signed in within ${STALE_DAYS} days`,
  severity: "low",
  why: "Accounts nobody uses are not watched: a guessed or reused password on one goes unnoticed, and former housemates or guests keep their access.",
  fix: "In Settings → People, deactivate ('Can log in' off) or delete users who no longer need access.",
  learnMoreUrl: DOCS.auth,
  fixPath: "/config/users",
  needs: ["accounts", "tokens"],
  evaluate(f, ctx) {
    const users = humans(req(f.accounts));
    const tokens = req(f.tokens).filter((t) => t.type !== "system");
    const stale: { name: string; why: string }[] = [];
    for (const u of users) {
      const ages = tokens
        .filter((t) => t.user_id === u.id)
        .map((t) => ageDays(t.last_used_at, ctx.now))
        .filter((d): d is number => d !== null);
      if (ages.length === 0) stale.push({ name: displayName(u), why: "has never signed in (no session in use)" });
      else if (Math.min(...ages) > STALE_DAYS) stale.push({ name: displayName(u), why: `has not been used for ${Math.min(...ages)} days` });
    }
    if (stale.length === 0) return pass(ev(`All ${users.length} active user(s) were used within ${STALE_DAYS} days`));
    return fail(
      capped(stale, 10, (s) => `User ${s.name} ${s.why}`).map((t) => ev(t)),
      { credit: fraction(users.length - stale.length, users.length), placeholders: { count: String(stale.length) } },
    );
  },
};
