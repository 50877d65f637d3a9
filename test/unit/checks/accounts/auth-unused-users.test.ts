import { describe, expect, it } from "vitest";
import { authUnusedUsers } from "../../../../src/checks/accounts/auth-unused-users.js";
import { OWNER, account, daysAgo, facts, missing, ok, token } from "../../../support/facts-builder.js";
import { run, texts } from "./run.js";

describe("auth-unused-users", () => {
  it("passes when every active person used a session recently", () => {
    expect(run(authUnusedUsers, facts()).status).toBe("pass");
  });

  it("fails for a user idle 120 days and one who never signed in, with partial credit", () => {
    const idle = account({ id: "u-idle", name: "Idle" });
    const never = account({ id: "u-never", name: "Never" });
    const r = run(
      authUnusedUsers,
      facts({
        accounts: ok([OWNER, idle, never, account({ name: "Bot", system_generated: true }), account({ name: "Off", is_active: false })]),
        tokens: ok([
          token(),
          token({ user_id: "u-idle", last_used_at: daysAgo(120) }),
          token({ user_id: "u-idle", last_used_at: daysAgo(200) }),
          // A system token does not count as a sign-in.
          token({ user_id: "u-never", type: "system", last_used_at: daysAgo(1) }),
        ]),
      }),
    );
    expect(r.status).toBe("fail");
    expect(r.credit).toBeCloseTo(1 / 3);
    expect(texts(r)).toEqual(['User "Idle" has not been used for 120 days', 'User "Never" has never signed in (no session in use)']);
  });

  it("uses ctx.now, not the wall clock", () => {
    const f = facts({ tokens: ok([token({ last_used_at: "2020-01-01T00:00:00Z" })]) });
    expect(run(authUnusedUsers, f, new Date("2020-02-01T00:00:00Z")).status).toBe("pass");
    expect(run(authUnusedUsers, f, new Date("2020-06-01T00:00:00Z")).status).toBe("fail");
  });

  it("is not assessed without backend tokens", () => {
    expect(run(authUnusedUsers, facts({ tokens: missing() })).status).toBe("not_assessed");
    expect(run(authUnusedUsers, facts({ accounts: missing() })).status).toBe("not_assessed");
  });
});
