import { describe, expect, it } from "vitest";
import { authTrustedNetworksBypass } from "../../../../src/checks/accounts/auth-trusted-networks-bypass.js";
import { facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "./run.js";
import { tnProvider, tnYaml } from "./trusted-networks-fixtures.js";

describe("auth-trusted-networks-bypass", () => {
  it("passes without bypass", () => {
    expect(run(authTrustedNetworksBypass, facts({ auth_providers: ok({ providers: [tnProvider(["192.168.1.0/24"])], mfa_modules: [] }) })).status).toBe("pass");
  });

  it("fails with allow_bypass_login: true, pointing at the line", () => {
    const r = run(authTrustedNetworksBypass, facts({ auth_providers: missing(), outline: ok(tnYaml(["192.168.1.0/24"], true)) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["auth.yaml:5 trusted_networks has allow_bypass_login: true"]);
  });

  it("fails from backend facts too", () => {
    expect(run(authTrustedNetworksBypass, facts({ auth_providers: ok({ providers: [tnProvider(["192.168.1.0/24"], true)], mfa_modules: [] }) })).status).toBe("fail");
  });

  it("is not applicable / not assessed", () => {
    expect(run(authTrustedNetworksBypass, facts()).status).toBe("not_applicable");
    expect(run(authTrustedNetworksBypass, facts({ auth_providers: missing(), outline: missing() })).status).toBe("not_assessed");
  });
});
