import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, STALE_DAYS, capped, daysSince, displayName, fraction, humans, tokensOf } from "./util.js";

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
    const tokens = req(f.tokens);
    const stale: { user: (typeof users)[number]; age: number | null }[] = [];
    for (const u of users) {
      // The youngest age is the age of the latest use: whole days only fall as the date rises.
      let latest: number | null = null;
      for (const { token, lastUsedMs } of tokensOf(tokens, u.id)) {
        if (token.type === "system" || lastUsedMs === null) continue;
        if (latest === null || lastUsedMs > latest) latest = lastUsedMs;
      }
      const age = daysSince(latest, ctx.now);
      if (age === null || age > STALE_DAYS) stale.push({ user: u, age });
    }
    if (stale.length === 0) return pass(ev(`All ${users.length} active user(s) were used within ${STALE_DAYS} days`));
    return fail(
      capped(stale, 10, (s) => `User ${displayName(s.user)} ${s.age === null ? "has never signed in (no session in use)" : `has not been used for ${s.age} days`}`).map((t) => ev(t)),
      { credit: fraction(users.length - stale.length, users.length), placeholders: { count: String(stale.length) } },
    );
  },
};
