import { describe, expect, it } from "vitest";
import { authOwnerMfa } from "../../../../src/checks/accounts/auth-owner-mfa.js";
import { OWNER, account, baseFacts, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "./run.js";

describe("auth-owner-mfa", () => {
  it("passes when the owner has TOTP enabled", () => {
    const r = run(authOwnerMfa, facts());
    expect(r.status).toBe("pass");
    expect(texts(r)[0]).toContain('Owner "Owner"');
  });

  it("fails when the owner has no MFA module, naming the owner", () => {
    const r = run(authOwnerMfa, facts({ accounts: ok([{ ...OWNER, mfa_modules: [] }, account({ name: "Admin", mfa_modules: ["totp"] })]) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(['Owner "Owner" has no multi-factor authentication module enabled']);
  });

  it("fails when the owner's module is no longer loaded", () => {
    const base = baseFacts();
    const r = run(authOwnerMfa, facts({ auth_providers: ok({ providers: base.auth_providers.ok ? base.auth_providers.value.providers : [], mfa_modules: [] }) }));
    expect(r.status).toBe("fail");
  });

  it("falls back to auth/current_user when the caller is the owner", () => {
    const f = facts({ accounts: missing(), auth_providers: missing() });
    expect(run(authOwnerMfa, f).status).toBe("pass");
    const cu = baseFacts().current_user;
    if (!cu.ok) throw new Error("fixture");
    const off = facts({ accounts: missing(), current_user: ok({ ...cu.value, mfa_modules: [{ id: "totp", name: "Authenticator app", enabled: false }] }) });
    const r = run(authOwnerMfa, off);
    expect(r.status).toBe("fail");
    expect(texts(r)[0]).toContain("You (the owner)");
  });

  it("is not assessed without the backend when the caller is not the owner", () => {
    const cu = baseFacts().current_user;
    if (!cu.ok) throw new Error("fixture");
    const r = run(authOwnerMfa, facts({ accounts: missing(), current_user: ok({ ...cu.value, is_owner: false }) }));
    expect(r.status).toBe("not_assessed");
  });

  it("is not assessed with no user facts at all", () => {
    const r = run(authOwnerMfa, facts({ accounts: missing(), current_user: missing("error") }));
    expect(r.status).toBe("not_assessed");
  });
});
