import { describe, expect, it } from "vitest";
import { MAX_ADMINS, authFewAdmins } from "../../../../src/checks/accounts/auth-few-admins.js";
import { OWNER, account, facts, missing, ok, userInfoOf } from "../../../support/facts-builder.js";
import { run, texts } from "./run.js";

describe("auth-few-admins", () => {
  it("passes with the owner and two admins among more users", () => {
    const r = run(authFewAdmins, facts({ accounts: ok([OWNER, account({ name: "A" }), account({ name: "B" }), account({ name: "Kid", is_admin: false })]) }));
    expect(r.status).toBe("pass");
    expect(texts(r)[0]).toBe("3 of 4 active people are administrators");
  });

  it(`fails with more than ${MAX_ADMINS} admins, with partial credit`, () => {
    const admins = ["A", "B", "C", "D", "E"].map((name) => account({ name }));
    const r = run(authFewAdmins, facts({ accounts: ok([OWNER, ...admins, account({ is_admin: false })]) }));
    expect(r.status).toBe("fail");
    expect(r.credit).toBe(3 / 6);
    expect(texts(r)).toContain('"Owner" is an administrator (owner)');
    expect(texts(r)).toContain('"E" is an administrator');
  });

  it("ignores system-generated and inactive admins", () => {
    const r = run(
      authFewAdmins,
      facts({
        accounts: ok([OWNER, account({ name: "Supervisor", system_generated: true }), account({ name: "Old", is_active: false }), account({ name: "x", is_admin: false }), account({ name: "y", is_admin: false })]),
      }),
    );
    expect(r.status).toBe("pass");
  });

  it("warns when all of 3+ people are admins", () => {
    const r = run(authFewAdmins, facts({ accounts: ok([OWNER, account({ name: "A" }), account({ name: "B" })]) }));
    expect(r.status).toBe("warn");
  });

  it("falls back to config/auth/list", () => {
    const six = [OWNER, ...["A", "B", "C"].map((name) => account({ name }))].map(userInfoOf);
    expect(run(authFewAdmins, facts({ accounts: missing(), users: ok(six) })).status).toBe("fail");
  });

  it("is not assessed without any user list", () => {
    expect(run(authFewAdmins, facts({ accounts: missing(), users: missing("not_admin") })).status).toBe("not_assessed");
  });
});
