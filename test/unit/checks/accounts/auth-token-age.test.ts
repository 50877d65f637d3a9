import { describe, expect, it } from "vitest";
import { authTokenAge } from "../../../../src/checks/accounts/auth-token-age.js";
import type { OwnRefreshToken } from "../../../../src/facts/types.js";
import { daysAgo, facts, missing, ok, token } from "../../../support/facts-builder.js";
import { expectNoValue, run, texts } from "./run.js";

const llat = (over: Parameters<typeof token>[0] = {}) => token({ type: "long_lived_access_token", client_name: "Node-RED", ...over });

describe("auth-token-age", () => {
  it("passes with no long-lived tokens, or only young ones", () => {
    expect(run(authTokenAge, facts()).status).toBe("pass");
    expect(run(authTokenAge, facts({ tokens: ok([llat({ created_at: daysAgo(300) })]) })).status).toBe("pass");
  });

  it("fails for a token older than a year, naming token and user only", () => {
    const r = run(authTokenAge, facts({ tokens: ok([llat({ id: "t-secret-id", created_at: daysAgo(400) }), llat({ client_name: "Grafana" }), token({ created_at: daysAgo(999) })]) }));
    expect(r.status).toBe("fail");
    expect(r.credit).toBe(0.5);
    expect(texts(r)).toEqual(['Token "Node-RED" of "Owner" was created 400 days ago']);
    expectNoValue(r, "t-secret-id", "192.168.1.20");
  });

  it("falls back to the caller's own tokens and says so", () => {
    const own: OwnRefreshToken = {
      id: "x",
      type: "long_lived_access_token",
      client_id: null,
      client_name: "Old script",
      created_at: daysAgo(800),
      last_used_at: null,
      last_used_ip: null,
      is_current: false,
      expire_at: null,
    };
    const r = run(authTokenAge, facts({ tokens: missing(), own_tokens: ok([own]) }));
    expect(r.status).toBe("fail");
    expect(texts(r)[0]).toBe('Token "Old script" of "Owner" was created 800 days ago');
    expect(texts(r).at(-1)).toContain("Only your own tokens");
  });

  it("is not assessed with no token list", () => {
    expect(run(authTokenAge, facts({ tokens: missing(), own_tokens: missing("not_admin") })).status).toBe("not_assessed");
  });
});
