/**
 * The collectors against a real Home Assistant (the `real` vitest project; the harness in
 * test/ha/ provides `inject("ha")`, see test/ha/types.ts). Home Assistant 2024.3.3 in a venv:
 * a Core installation, so no Supervisor; cloud is not loaded by the harness configs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Connection } from "home-assistant-js-websocket";
import { collectFacts } from "../../src/collect/index.js";
import { fetchLoginProviders, openConnection } from "../../src/collect/node-connection.js";
import type { Fact, FactKey, Facts } from "../../src/facts/types.js";

const ha = inject("ha");

/** Facts only an administrator may read over the WebSocket API. */
const ADMIN_ONLY: readonly FactKey[] = ["users", "backup", "http", "auth_providers", "accounts", "tokens", "host", "files", "outline"];

function value<T>(fact: Fact<T>): T {
  if (!fact.ok) throw new Error(`expected a value from ${fact.source}, got ${fact.reason}: ${fact.message}`);
  return fact.value;
}

describe("collectFacts against a real Home Assistant", () => {
  let admin: Connection;
  let user: Connection;
  let adminFacts: Facts;
  let userFacts: Facts;

  beforeAll(async () => {
    admin = await openConnection(ha.url, ha.adminToken);
    user = await openConnection(ha.url, ha.userToken);
    [adminFacts, userFacts] = await Promise.all([
      collectFacts(admin, { loginProviders: () => fetchLoginProviders(ha.url) }),
      collectFacts(user, { loginProviders: () => fetchLoginProviders(ha.url) }),
    ]);
  }, 60_000);

  afterAll(() => {
    admin?.close();
    user?.close();
  });

  it("reads validated core facts as the admin", () => {
    const config = value(adminFacts.config);
    expect(config.version).toBe(ha.version);
    expect(config.components).toContain("websocket_api");
    expect(value(adminFacts.current_user)).toMatchObject({ is_admin: true, is_owner: true });
    const users = value(adminFacts.users);
    expect(users.find((u) => u.username === ha.owner.username)).toMatchObject({ is_admin: true, is_owner: true });
    expect(users.find((u) => u.username === ha.user.username)).toMatchObject({ is_admin: false });
    expect(value(adminFacts.own_tokens).some((t) => t.type === "long_lived_access_token")).toBe(true);
    expect(value(adminFacts.login_providers).some((p) => p.type === "homeassistant")).toBe(true);
    expect(Array.isArray(value(adminFacts.updates))).toBe(true);
    expect(value(adminFacts.integrations).some((i) => i.domain === "http" && i.is_built_in)).toBe(true);
    expect(Array.isArray(value(adminFacts.repairs))).toBe(true);
  });

  it("says why the Supervisor and cloud are absent", () => {
    expect(adminFacts.supervisor).toMatchObject({ ok: false, reason: "supervisor_absent" });
    if (!value(adminFacts.config).components.includes("cloud")) {
      expect(adminFacts.cloud).toMatchObject({ ok: false, reason: "component_not_loaded" });
    } else {
      expect(typeof value(adminFacts.cloud).logged_in).toBe("boolean");
    }
  });

  it("reads backups as the admin, or says precisely why not", () => {
    const components = value(adminFacts.config).components;
    if (components.includes("backup")) {
      const backup = value(adminFacts.backup);
      expect(backup.origin).toMatch(/^backup\//);
    } else {
      expect(adminFacts.backup).toMatchObject({ ok: false, reason: "component_not_loaded" });
    }
  });

  it("marks server-only facts by the backend's presence", () => {
    const components = value(adminFacts.config).components;
    for (const key of ["auth_providers", "accounts", "tokens", "host", "files", "outline"] as const) {
      if (components.includes("security_scorecard")) expect(adminFacts[key].ok).toBe(true);
      else expect(adminFacts[key]).toMatchObject({ ok: false, reason: "backend_absent" });
    }
  });

  it("gives a non-admin not_admin for admin-only facts, with no admin data", () => {
    expect(value(userFacts.current_user).is_admin).toBe(false);
    for (const key of ADMIN_ONLY) {
      const fact = userFacts[key];
      expect(fact.ok, key).toBe(false);
      // Where the component is absent that reason comes first; otherwise it is not_admin.
      if (!fact.ok) expect(["not_admin", "component_not_loaded", "backend_absent"], key).toContain(fact.reason);
    }
    expect(userFacts.users).toMatchObject({ ok: false, reason: "not_admin" });
    expect(userFacts.supervisor).toMatchObject({ ok: false, reason: "supervisor_absent" });
    const text = JSON.stringify(userFacts);
    expect(text).not.toContain(ha.owner.username);
    expect(text).not.toContain(ha.adminToken);
    expect(text).not.toContain(ha.userToken);
  });
});
