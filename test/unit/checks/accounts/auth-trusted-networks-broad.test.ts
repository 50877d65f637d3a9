import { describe, expect, it } from "vitest";
import { authTrustedNetworksBroad } from "../../../../src/checks/accounts/auth-trusted-networks-broad.js";
import { facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "./run.js";
import { tnProvider, tnYaml } from "./trusted-networks-fixtures.js";

describe("auth-trusted-networks-broad", () => {
  it("passes for narrow private networks", () => {
    const r = run(authTrustedNetworksBroad, facts({ auth_providers: ok({ providers: [tnProvider(["192.168.1.0/24", "fd00:1:2::/48", "127.0.0.1"])], mfa_modules: [] }) }));
    expect(r.status).toBe("pass");
  });

  it("fails for 0.0.0.0/0, a public range and a /8, with file:line from the included file", () => {
    const nets = ["192.168.1.0/24", "0.0.0.0/0", "203.0.113.0/24", "10.0.0.0/8"];
    const r = run(authTrustedNetworksBroad, facts({ auth_providers: ok({ providers: [tnProvider(nets)], mfa_modules: [] }), outline: ok(tnYaml(nets, null)) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual([
      "auth.yaml:5 trusted_networks contains 0.0.0.0/0 (every address)",
      "auth.yaml:6 trusted_networks contains 203.0.113.0/24 (public internet addresses)",
      "auth.yaml:7 trusted_networks contains 10.0.0.0/8 (wider than a /16)",
    ]);
    expect(r.evidence[0]).toMatchObject({ file: "auth.yaml", line: 5 });
  });

  it("judges the outline alone when the backend is absent", () => {
    const r = run(authTrustedNetworksBroad, facts({ auth_providers: missing(), outline: ok(tnYaml(["::/0"], null)) }));
    expect(r.status).toBe("fail");
    expect(texts(r)[0]).toBe("auth.yaml:4 trusted_networks contains ::/0 (every address)");
  });

  it("is not applicable without a trusted_networks provider", () => {
    expect(run(authTrustedNetworksBroad, facts()).status).toBe("not_applicable");
    expect(run(authTrustedNetworksBroad, facts({ auth_providers: missing() })).status).toBe("not_applicable");
  });

  it("is not assessed with neither source", () => {
    expect(run(authTrustedNetworksBroad, facts({ auth_providers: missing(), outline: missing() })).status).toBe("not_assessed");
  });
});
