/**
 * The collectors and the evaluator over answers recorded from the real Home Assistant of the
 * test harness, one folder per supported release (test/fixtures/ha-<version>/, written by
 * test/fixtures/record.ts): real shapes, without a running instance, so the next shape change
 * fails here rather than for a user.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collectFacts } from "../../../src/collect/index.js";
import { RefreshTokenListStruct, mapOwnTokens } from "../../../src/collect/sources/auth.js";
import { evaluate } from "../../../src/score/evaluate.js";
import { is } from "superstruct";
import { HA_RELEASES, type HaRelease } from "../../ha/versions.js";
import { FakeConnection, HaError, type Answer } from "./fake-connection.js";

const dirOf = (release: HaRelease): URL => new URL(`../../fixtures/ha-${release}/`, import.meta.url);

/**
 * Where the releases' recordings differ (weak config): current releases have no legacy API
 * password provider, and send a token's `expire_at` as an ISO string (2024.3.3: absent).
 */
const BY_RELEASE: Record<
  HaRelease,
  { providers: string[]; failing: string; expireAt: "absent" | "iso-string"; httpSource: string }
> = {
  "2024.3.3": {
    providers: ["homeassistant", "legacy_api_password", "trusted_networks"],
    failing: "auth-legacy-api-password",
    expireAt: "absent",
    httpSource: "security_scorecard",
  },
  // HTTP settings are UI-managed from 2026.8: core's own http/config answers them.
  "2026.10.4": {
    providers: ["homeassistant", "trusted_networks"],
    failing: "auth-trusted-networks-broad",
    expireAt: "iso-string",
    httpSource: "http/config",
  },
};

/** `<command>.<caller>.json` → the answers a connection of that caller gets. */
function recorded(release: HaRelease, caller: "admin" | "user"): Record<string, Answer> {
  const DIR = dirOf(release);
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

describe.each(HA_RELEASES)("recorded real answers of Home Assistant %s (weak config)", (release) => {
  const providers = JSON.parse(readFileSync(new URL("auth_providers.json", dirOf(release)), "utf8")) as unknown;
  const expected = BY_RELEASE[release];

  it("an admin's answers validate into facts; what a Core install lacks is marked, not guessed", async () => {
    const facts = await collectFacts(new FakeConnection(recorded(release, "admin")), { loginProviders: async () => providers });
    for (const key of ["config", "current_user", "users", "own_tokens", "login_providers", "updates", "integrations", "repairs", "backup"] as const) {
      expect(facts[key].ok, `${key}: ${facts[key].ok ? "" : facts[key].message}`).toBe(true);
    }
    for (const key of ["auth_providers", "accounts", "tokens", "host", "files", "outline"] as const) {
      expect(facts[key]).toMatchObject({ ok: true, source: expect.stringContaining("security_scorecard") });
    }
    expect(facts.http).toMatchObject({ ok: true, source: expect.stringContaining(expected.httpSource) });
    expect(facts.supervisor).toMatchObject({ ok: false, reason: "supervisor_absent" });
    expect(facts.cloud).toMatchObject({ ok: false, reason: "component_not_loaded" });
    if (!facts.config.ok || !facts.updates.ok || !facts.login_providers.ok) throw new Error("unreachable");
    expect(facts.config.value.version).toBe(release);
    expect(facts.updates.value.some((u) => u.state === "on" && u.platform === "demo")).toBe(true);
    expect(facts.login_providers.value.map((p) => p.type).sort()).toEqual(expected.providers);

    const card = evaluate(facts);
    expect(card.score).not.toBeNull();
    const failing = card.fixNext.map((e) => e.check.id);
    expect(failing).toContain(expected.failing);
    expect(failing).toContain("secrets-plaintext-credential");
  });

  it("a non-admin's answers give not_admin for every admin-only fact and no admin data", async () => {
    const conn = new FakeConnection(recorded(release, "user"));
    const facts = await collectFacts(conn, {});
    for (const key of ["users", "backup", "http", "accounts", "tokens", "outline"] as const) {
      expect(facts[key], key).toMatchObject({ ok: false, reason: "not_admin" });
    }
    expect(conn.sentKeys()).not.toContain("config/auth/list");
    expect(conn.sentKeys()).not.toContain("security_scorecard/facts");
  });

  it("replays auth/refresh_tokens through the collector, whichever shape expire_at has", () => {
    for (const caller of ["admin", "user"] as const) {
      const raw = recorded(release, caller)["auth/refresh_tokens"];
      expect(is(raw, RefreshTokenListStruct), `${release} ${caller}`).toBe(true);
      if (!is(raw, RefreshTokenListStruct)) return;
      const shapes = raw.map((t) => (t.expire_at === undefined ? "absent" : typeof t.expire_at === "string" ? "iso-string" : typeof t.expire_at));
      expect(shapes).toContain(expected.expireAt);
      for (const token of mapOwnTokens(raw)) {
        // Seconds since the epoch, or null: never NaN, never milliseconds.
        if (token.expire_at !== null) expect(token.expire_at).toBeGreaterThan(Date.parse("2024-01-01") / 1000);
        if (token.expire_at !== null) expect(token.expire_at).toBeLessThan(Date.parse("2100-01-01") / 1000);
      }
    }
  });
});
