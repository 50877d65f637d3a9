import { describe, expect, it } from "vitest";
import { authTokenUnused } from "../../../../src/checks/accounts/auth-token-unused.js";
import { daysAgo, facts, missing, ok, token } from "../../../support/facts-builder.js";
import { run, texts } from "./run.js";

const llat = (over: Parameters<typeof token>[0] = {}) => token({ type: "long_lived_access_token", client_name: "Node-RED", ...over });

describe("auth-token-unused", () => {
  it("passes for recently used tokens and new never-used ones", () => {
    const r = run(authTokenUnused, facts({ tokens: ok([llat(), llat({ last_used_at: null, created_at: daysAgo(10) })]) }));
    expect(r.status).toBe("pass");
  });

  it("fails for a token idle for 100 days and one never used in 200 days", () => {
    const r = run(
      authTokenUnused,
      facts({ tokens: ok([llat({ last_used_at: daysAgo(100) }), llat({ client_name: null, last_used_at: null, created_at: daysAgo(200) }), llat()]) }),
    );
    expect(r.status).toBe("fail");
    expect(r.credit).toBeCloseTo(1 / 3);
    expect(texts(r)).toEqual(['Token "Node-RED" of "Owner" was last used 100 days ago', 'An unnamed token of "Owner" was never used (created 200 days ago)']);
  });

  it("is not assessed with no token list", () => {
    expect(run(authTokenUnused, facts({ tokens: missing(), own_tokens: missing() })).status).toBe("not_assessed");
  });
});
