import { describe, expect, it } from "vitest";
import { authAdminMfa } from "../../../../src/checks/accounts/auth-admin-mfa.js";
import { OWNER, account, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "./run.js";

describe("auth-admin-mfa", () => {
  it("passes when every admin has MFA", () => {
    const r = run(authAdminMfa, facts({ accounts: ok([OWNER, account({ name: "Bea" })]) }));
    expect(r.status).toBe("pass");
  });

  it("gives partial credit: 2 of 4 admins with MFA = 0.5", () => {
    const r = run(
      authAdminMfa,
      facts({
        accounts: ok([
          OWNER,
          account({ name: "A" }),
          account({ name: "B" }),
          account({ name: "C", mfa_modules: [] }),
          account({ name: "D", mfa_modules: [] }),
          // Not counted: inactive, system-generated, non-admin.
          account({ name: "Gone", mfa_modules: [], is_active: false }),
          account({ name: "Supervisor", mfa_modules: [], system_generated: true }),
          account({ name: "Kid", mfa_modules: [], is_admin: false }),
        ]),
      }),
    );
    expect(r.status).toBe("fail");
    expect(r.credit).toBe(0.5);
    expect(texts(r)).toEqual([
      'Administrator "C" has no multi-factor authentication module enabled',
      'Administrator "D" has no multi-factor authentication module enabled',
    ]);
  });

  it("is not applicable when the owner is the only admin", () => {
    expect(run(authAdminMfa, facts({ accounts: ok([OWNER, account({ is_admin: false })]) })).status).toBe("not_applicable");
  });

  it("is not assessed without the backend", () => {
    expect(run(authAdminMfa, facts({ accounts: missing() })).status).toBe("not_assessed");
  });
});
