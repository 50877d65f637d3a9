/**
 * The collectors and the evaluator over answers recorded from the real Home Assistant
 * 2024.3.3 of the test harness (test/fixtures/ha-2024.3.3/, written by test/fixtures/record.ts):
 * real shapes, without a running instance.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collectFacts } from "../../../src/collect/index.js";
import { evaluate } from "../../../src/score/evaluate.js";
import { FakeConnection, HaError, type Answer } from "./fake-connection.js";

const DIR = new URL("../../fixtures/ha-2024.3.3/", import.meta.url);

/** `<command>.<caller>.json` → the answers a connection of that caller gets. */
function recorded(caller: "admin" | "user"): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const name of readdirSync(DIR)) {
    const m = /^(.+)\.(admin|user)\.json$/.exec(name);
    if (!m || m[2] !== caller) continue;
    const body = JSON.parse(readFileSync(new URL(name, DIR), "utf8")) as
      | { success: true; result: unknown }
      | { success: false; error: { code: string; message: string } };
    const type = COMMAND_OF[m[1] as string];
    if (type === undefined) throw new Error(`unmapped recording ${name}`);
    answers[type] = body.success ? body.result : new HaError(body.error.code, body.error.message);
  }
  return answers;
}

const COMMAND_OF: Record<string, string> = {
  get_config: "get_config",
  auth_current_user: "auth/current_user",
  config_auth_list: "config/auth/list",
  auth_refresh_tokens: "auth/refresh_tokens",
  get_states: "get_states",
  entity_registry_list: "config/entity_registry/list",
  manifest_list: "manifest/list",
  config_entries_get: "config_entries/get",
  repairs_list_issues: "repairs/list_issues",
  cloud_status: "cloud/status",
  backup_info: "backup/info",
  backup_config_info: "backup/config/info",
  http_config: "http/config",
  security_scorecard_facts: "security_scorecard/facts",
  supervisor_info: "supervisor/api /supervisor/info",
};

const providers = JSON.parse(readFileSync(new URL("auth_providers.json", DIR), "utf8")) as unknown;

describe("recorded real answers of Home Assistant 2024.3.3 (weak config)", () => {
  it("an admin's answers validate into facts; what a Core install lacks is marked, not guessed", async () => {
    const facts = await collectFacts(new FakeConnection(recorded("admin")), { loginProviders: async () => providers });
    for (const key of ["config", "current_user", "users", "own_tokens", "login_providers", "updates", "integrations", "repairs", "backup"] as const) {
      expect(facts[key].ok, `${key}: ${facts[key].ok ? "" : facts[key].message}`).toBe(true);
    }
    for (const key of ["http", "auth_providers", "accounts", "tokens", "host", "files", "outline"] as const) {
      expect(facts[key]).toMatchObject({ ok: true, source: expect.stringContaining("security_scorecard") });
    }
    expect(facts.supervisor).toMatchObject({ ok: false, reason: "supervisor_absent" });
    expect(facts.cloud).toMatchObject({ ok: false, reason: "component_not_loaded" });
    if (!facts.config.ok || !facts.updates.ok || !facts.login_providers.ok) throw new Error("unreachable");
    expect(facts.config.value.version).toBe("2024.3.3");
    expect(facts.updates.value.some((u) => u.state === "on" && u.platform === "demo")).toBe(true);
    expect(facts.login_providers.value.map((p) => p.type)).toContain("legacy_api_password");

    const card = evaluate(facts);
    expect(card.score).not.toBeNull();
    const failing = card.fixNext.map((e) => e.check.id);
    expect(failing).toContain("auth-legacy-api-password");
    expect(failing).toContain("secrets-plaintext-credential");
  });

  it("a non-admin's answers give not_admin for every admin-only fact and no admin data", async () => {
    const conn = new FakeConnection(recorded("user"));
    const facts = await collectFacts(conn, {});
    for (const key of ["users", "backup", "http", "accounts", "tokens", "outline"] as const) {
      expect(facts[key], key).toMatchObject({ ok: false, reason: "not_admin" });
    }
    expect(conn.sentKeys()).not.toContain("config/auth/list");
    expect(conn.sentKeys()).not.toContain("security_scorecard/facts");
  });
});
