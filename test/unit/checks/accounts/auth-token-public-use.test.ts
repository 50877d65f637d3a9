import { describe, expect, it } from "vitest";
import { authTokenPublicUse } from "../../../../src/checks/accounts/auth-token-public-use.js";
import { facts, missing, ok, token } from "../../../support/facts-builder.js";
import { expectNoValue, run, texts } from "./run.js";

const llat = (over: Parameters<typeof token>[0] = {}) => token({ type: "long_lived_access_token", client_name: "Node-RED", ...over });

describe("auth-token-public-use", () => {
  it("passes when tokens are used from local or CGNAT addresses", () => {
    expect(run(authTokenPublicUse, facts({ tokens: ok([llat(), llat({ last_used_ip: "100.90.1.2" }), llat({ last_used_ip: null })]) })).status).toBe("pass");
  });

  it("warns for a token last used from a public address, without the address", () => {
    const r = run(authTokenPublicUse, facts({ tokens: ok([llat({ last_used_ip: "203.0.113.9" }), token({ last_used_ip: "198.51.100.1" })]) }));
    expect(r.status).toBe("warn");
    expect(texts(r)).toEqual(['Token "Node-RED" of "Owner" was last used from a public address']);
    expectNoValue(r, "203.0.113.9", "198.51.100.1");
  });

  it("is not assessed with no token list", () => {
    expect(run(authTokenPublicUse, facts({ tokens: missing(), own_tokens: missing() })).status).toBe("not_assessed");
  });
});
