import { describe, expect, it } from "vitest";
import { authLegacyApiPassword } from "../../../../src/checks/accounts/auth-legacy-api-password.js";
import type { CoreConfig, Facts } from "../../../../src/facts/types.js";
import { baseFacts, entry, facts, features, missing, ok, outline, outlineFile } from "../../../support/facts-builder.js";
import { expectNoValue, run, texts } from "./run.js";

function withVersion(version: string): Partial<Facts> {
  const c = baseFacts().config;
  if (!c.ok) throw new Error("fixture");
  return { config: ok<CoreConfig>({ ...c.value, version }) };
}

const legacyYaml = outline([
  outlineFile("configuration.yaml", [
    entry(["homeassistant"], 1, { type: "map", features: undefined }),
    entry(["homeassistant", "auth_providers"], 2, { type: "seq", features: undefined }),
    entry(["homeassistant", "auth_providers", 0, "type"], 3, { value: "homeassistant" }),
    entry(["homeassistant", "auth_providers", 1, "type"], 4, { value: "legacy_api_password" }),
    entry(["homeassistant", "auth_providers", 1, "api_password"], 5, { features: features({ length: 12, entropy: "medium" }) }),
  ]),
]);

describe("auth-legacy-api-password", () => {
  it("fails on an old version when the backend reports the provider, with the YAML line", () => {
    const r = run(
      authLegacyApiPassword,
      facts({
        ...withVersion("2024.3.3"),
        outline: ok(legacyYaml),
        auth_providers: ok({
          providers: [
            { type: "homeassistant", id: null, name: "Home Assistant Local", trusted_networks: null, trusted_users_networks: null, allow_bypass_login: null },
            { type: "legacy_api_password", id: null, name: "API Password", trusted_networks: null, trusted_users_networks: null, allow_bypass_login: null },
          ],
          mfa_modules: [],
        }),
      }),
    );
    expect(r.status).toBe("fail");
    expect(r.evidence[0]).toMatchObject({ file: "configuration.yaml", line: 4 });
    expect(texts(r)[0]).toBe("configuration.yaml:4 The legacy_api_password auth provider is configured (homeassistant.auth_providers)");
  });

  it("fails from the outline alone (offline lint)", () => {
    const r = run(authLegacyApiPassword, facts({ config: missing("offline"), auth_providers: missing("offline"), login_providers: missing("offline"), outline: ok(legacyYaml) }));
    expect(r.status).toBe("fail");
    expectNoValue(r, "api_password:");
  });

  it("fails from the login page's provider list", () => {
    const r = run(
      authLegacyApiPassword,
      facts({ ...withVersion("2023.12.0"), auth_providers: missing(), outline: missing(), login_providers: ok([{ type: "legacy_api_password", id: null, name: "API Password" }]) }),
    );
    expect(r.status).toBe("fail");
  });

  it("passes on an old version without the provider", () => {
    expect(run(authLegacyApiPassword, facts(withVersion("2024.3.3"))).status).toBe("pass");
  });

  it("is not applicable from 2024.7 on when nothing shows it", () => {
    expect(run(authLegacyApiPassword, facts()).status).toBe("not_applicable");
    expect(run(authLegacyApiPassword, facts(withVersion("2024.7.0"))).status).toBe("not_applicable");
  });

  it("is not assessed on an old version with no source", () => {
    const r = run(authLegacyApiPassword, facts({ ...withVersion("2024.1.0"), auth_providers: missing(), login_providers: missing(), outline: missing() }));
    expect(r.status).toBe("not_assessed");
  });
});
