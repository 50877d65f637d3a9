import { describe, expect, it } from "vitest";
import { authMfaModuleAvailable } from "../../../../src/checks/accounts/auth-mfa-module-available.js";
import type { Facts } from "../../../../src/facts/types.js";
import { baseFacts, entry, facts, missing, ok, outline, outlineFile } from "../../../support/facts-builder.js";
import { run, texts } from "./run.js";

const noBackend: Partial<Facts> = { auth_providers: missing(), current_user: missing("error") };

describe("auth-mfa-module-available", () => {
  it("passes when the backend reports a loaded module", () => {
    expect(run(authMfaModuleAvailable, facts()).status).toBe("pass");
  });

  it("fails when no module is loaded, pointing at the YAML key", () => {
    const r = run(
      authMfaModuleAvailable,
      facts({
        auth_providers: ok({ providers: [], mfa_modules: [] }),
        outline: ok(outline([outlineFile("configuration.yaml", [entry(["homeassistant"], 1, { type: "map" }), entry(["homeassistant", "auth_mfa_modules"], 4, { type: "seq", features: undefined })])])),
      }),
    );
    expect(r.status).toBe("fail");
    expect(r.evidence[0]).toMatchObject({ file: "configuration.yaml", line: 4 });
    expect(texts(r)[0]).toMatch(/^configuration\.yaml:4 /);
  });

  it("falls back to auth/current_user's module list", () => {
    const cu = baseFacts().current_user;
    if (!cu.ok) throw new Error("fixture");
    const r = run(authMfaModuleAvailable, facts({ auth_providers: missing(), current_user: ok({ ...cu.value, mfa_modules: [] }) }));
    expect(r.status).toBe("fail");
  });

  it("offline: an absent auth_mfa_modules means TOTP by default", () => {
    const r = run(authMfaModuleAvailable, facts({ ...noBackend }));
    expect(r.status).toBe("pass");
    expect(texts(r)[0]).toContain("by default");
  });

  it("offline: an empty list fails; a list with totp passes", () => {
    const empty = outline([outlineFile("configuration.yaml", [entry(["homeassistant", "auth_mfa_modules"], 7, { type: "seq", features: undefined })])]);
    expect(run(authMfaModuleAvailable, facts({ ...noBackend, outline: ok(empty) })).status).toBe("fail");
    const totp = outline([
      outlineFile("configuration.yaml", [
        entry(["homeassistant", "auth_mfa_modules"], 7, { type: "seq", features: undefined }),
        entry(["homeassistant", "auth_mfa_modules", 0, "type"], 8, { value: "totp" }),
      ]),
    ]);
    const r = run(authMfaModuleAvailable, facts({ ...noBackend, outline: ok(totp) }));
    expect(r.status).toBe("pass");
    expect(texts(r)[0]).toContain("totp");
  });

  it("is not assessed with no source", () => {
    expect(run(authMfaModuleAvailable, facts({ ...noBackend, outline: missing() })).status).toBe("not_assessed");
  });
});
