import { defineCheck } from "../define.js";
import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { DOCS, STALE_DAYS, capped, daysSince, displayName, fraction, humans, tokensOf } from "./util.js";

export const authUnusedUsers: Check = defineCheck({
  id: "auth-unused-users",
  category: "accounts",
  severity: "low",
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
    if (stale.length === 0) return pass(ev("auth-unused-users.all_used", { count: users.length, days: STALE_DAYS }));
    return fail(
      capped(stale, 10, (s) => (s.age === null ? ev("auth-unused-users.never", { name: displayName(s.user) }) : ev("auth-unused-users.unused", { name: displayName(s.user), days: s.age }))),
      { credit: fraction(users.length - stale.length, users.length), placeholders: { count: String(stale.length) } },
    );
  },
});
