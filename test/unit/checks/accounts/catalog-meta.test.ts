import { describe, expect, it } from "vitest";
import { accountsChecks } from "../../../../src/checks/accounts/index.js";
import { networkChecks } from "../../../../src/checks/network/index.js";
import { FACT_KEYS } from "../../../../src/facts/types.js";
import { baseFacts } from "../../../support/facts-builder.js";
import { run } from "./run.js";

const mine = [...accountsChecks, ...networkChecks];

describe("accounts and network catalog entries", () => {
  it("has the checks the brief asks for", () => {
    const ids = mine.map((c) => c.id);
    for (const id of [
      "auth-owner-mfa",
      "auth-admin-mfa",
      "auth-mfa-module-available",
      "auth-few-admins",
      "auth-unused-users",
      "auth-local-only-candidates",
      "auth-token-age",
      "auth-token-unused",
      "auth-token-public-use",
      "auth-legacy-api-password",
      "auth-trusted-networks-broad",
      "auth-trusted-networks-bypass",
      "net-external-url-https",
      "net-tls",
      "net-trusted-proxies",
      "net-ip-ban",
      "net-login-threshold",
      "net-default-port",
      "net-cors-wildcard",
      "net-x-frame-options",
      "net-ssl-profile",
      "net-webhook-guessable",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("ids are unique and kebab-case with the category prefix", () => {
    const ids = mine.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of accountsChecks) expect(c.id).toMatch(/^auth-[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const c of networkChecks) expect(c.id).toMatch(/^net-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(mine.map((c) => [c.id, c] as const))("%s is well-formed", (_id, c) => {
    expect(c.category).toBe(accountsChecks.includes(c) ? "accounts" : "network");
    expect(c.title.trim()).not.toBe("");
    expect(c.why.trim().length).toBeGreaterThan(20);
    expect(c.fix.trim().length).toBeGreaterThan(20);
    expect(c.learnMoreUrl).toMatch(/^https:\/\/www\.home-assistant\.io\/\S+\/(#[\w-]+)?$/);
    expect(c.needs.length).toBeGreaterThan(0);
    for (const n of c.needs) expect(FACT_KEYS).toContain(n);
    for (const o of c.optional ?? []) expect(c.needs).toContain(o);
    if (c.fixPath !== undefined) expect(["/config/users", "/profile/security", "/config/network", "/config/repairs"]).toContain(c.fixPath);
  });

  it("the benign base instance fails nothing in these categories", () => {
    for (const c of mine) {
      const r = run(c, baseFacts());
      expect([c.id, r.status]).not.toEqual([c.id, "fail"]);
      expect([c.id, r.status]).not.toEqual([c.id, "warn"]);
    }
  });

  it("no check reads the wall clock", () => {
    // Same facts, two far-apart evaluation times: time-dependent checks must follow ctx.now.
    const f = baseFacts();
    const late = new Date("2030-01-01T00:00:00Z");
    const unused = mine.find((c) => c.id === "auth-unused-users");
    expect(unused && run(unused, f, late).status).toBe("fail");
  });
});
