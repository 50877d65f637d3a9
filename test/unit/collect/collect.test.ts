import { describe, expect, it } from "vitest";
import { collectFacts, BACKEND_MESSAGE } from "../../../src/collect/index.js";
import type { Fact, Facts } from "../../../src/facts/types.js";
import { FakeConnection, HaError, configWith, fixture, fullInstance } from "./fake-connection.js";

const NOW = () => new Date("2026-08-21T10:00:00Z");

function value<T>(fact: Fact<T>): T {
  if (!fact.ok) throw new Error(`expected a value, got ${fact.reason}: ${fact.message}`);
  return fact.value;
}

function reason<T>(fact: Fact<T>): string {
  if (fact.ok) throw new Error("expected the fact to be unavailable");
  return fact.reason;
}

const ROUND_ONE = [
  "get_config",
  "auth/current_user",
  "get_states",
  "config/entity_registry/list",
  "manifest/list",
  "config_entries/get",
  "repairs/list_issues",
  "auth/refresh_tokens",
];

const ADMIN_ONLY_PREFIXES = ["config/auth/list", "backup/", "http/config", "security_scorecard/", "supervisor/api"];

async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe("collectFacts on a full admin instance", () => {
  it("maps every source from Home Assistant's shapes", async () => {
    const conn = new FakeConnection(fullInstance());
    const facts = await collectFacts(conn, { now: NOW });

    expect(facts.schema_version).toBe(1);
    expect(facts.mode).toBe("live");
    expect(facts.collected_at).toBe("2026-08-21T10:00:00.000Z");

    const config = value(facts.config);
    expect(config.version).toBe("2024.3.3");
    expect(config.recovery_mode).toBe(false);
    expect(config.external_url).toBe("https://example.duckdns.org");
    expect(config).not.toHaveProperty("latitude");

    expect(value(facts.current_user)).toMatchObject({ id: "fake-user-owner", is_admin: true, is_owner: true });

    const users = value(facts.users);
    expect(users.map((u) => [u.username, u.is_admin, u.credential_types])).toEqual([
      ["owner", true, ["homeassistant"]],
      ["plain", false, ["homeassistant"]],
      [null, true, []],
    ]);

    const tokens = value(facts.own_tokens);
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).toMatchObject({ type: "long_lived_access_token", is_current: true, expire_at: null });
    expect(tokens[0]).not.toHaveProperty("auth_provider_type");

    const updates = value(facts.updates);
    expect(updates.map((u) => u.entity_id)).toEqual([
      "update.home_assistant_core_update",
      "update.mosquitto_broker_update",
      "update.offline_device",
    ]);
    expect(updates[0]).toMatchObject({ state: "on", installed_version: "2024.3.3", latest_version: "2024.4.0", platform: "hassio", in_progress: false, auto_update: false });
    expect(updates[1]).toMatchObject({ in_progress: true, auto_update: true, platform: "hassio" });
    expect(updates[2]).toMatchObject({ state: "unavailable", installed_version: null, title: null, platform: null, in_progress: false });

    const integrations = value(facts.integrations);
    expect(integrations.find((i) => i.domain === "mqtt")).toMatchObject({ is_built_in: true, entries: 2, entries_failed: 1, version: null });
    expect(integrations.find((i) => i.domain === "hacs")).toMatchObject({ is_built_in: false, version: "1.34.0", entries: 2, entries_failed: 0 });
    expect(integrations.find((i) => i.domain === "http")).toMatchObject({ entries: 0, entries_failed: 0 });

    const repairs = value(facts.repairs);
    expect(repairs.map((r) => [r.issue_id, r.severity, r.ignored])).toEqual([
      ["deprecated_yaml_fake", "warning", false],
      ["unhealthy_fake", "critical", true],
    ]);

    expect(value(facts.cloud)).toEqual({ logged_in: true, remote_enabled: true, remote_connected: true });

    const backup = value(facts.backup);
    expect(backup.origin).toBe("backup/config/info");
    expect(backup.backups[0]).toEqual({
      id: "abc123",
      name: "Automatic backup 2026.7.0",
      date: "2026-07-01T04:45:00+00:00",
      size_bytes: 2097200,
      protected: false,
      locations: ["local", "cloud.cloud"],
      automatic: true,
    });
    expect(backup.backups[1]).toMatchObject({ locations: ["local"], automatic: false });
    expect(backup.schedule).toEqual({ recurrence: "daily" });
    expect(backup.agents.map((a) => a.agent_id)).toEqual(["hassio.local", "cloud.cloud"]);
    expect(backup.last_completed_automatic_backup).toBe("2026-07-01T04:46:00+00:00");
    // A password is set, but hassio.local is configured unprotected.
    expect(backup.automatic_encrypted).toBe(false);

    const sup = value(facts.supervisor);
    expect(sup.supervisor).toMatchObject({ version: "2026.08.1", update_available: true, channel: "stable", healthy: true });
    expect(sup.core).toEqual({ version: "2026.8.0", version_latest: "2026.8.1", update_available: true });
    expect(sup.os).toEqual({ version: "16.1", version_latest: "16.1", update_available: false });
    expect(sup.host).toEqual({ operating_system: "Home Assistant OS 16.1", hostname: "homeassistant" });
    expect(sup.addons.find((a) => a.slug === "core_mosquitto")?.ports).toEqual({ "1883/tcp": 1883, "1884/tcp": 1884 });
    expect(sup.addons.find((a) => a.slug === "core_ssh")).toMatchObject({
      protected: false,
      full_access: true,
      host_network: true,
      privileged: ["SYS_ADMIN", "NET_ADMIN"],
      rating: 1,
      update_available: true,
    });
    expect(sup.resolution.issues).toEqual([
      { type: "free_space", context: "system", reference: null },
      { type: "security", context: "addon", reference: "core_ssh" },
    ]);

    // http/config wins over the backend; the running slot is the pending one.
    expect(facts.http.source).toBe("http/config");
    expect(value(facts.http)).toMatchObject({
      server_port: 8443,
      ssl_certificate: true,
      ssl_key: true,
      login_attempts_threshold: 5,
      use_x_forwarded_for: false,
      trusted_proxies: [],
      cors_allowed_origins: ["https://cast.home-assistant.io"],
      origin: "store",
    });

    expect(value(facts.auth_providers).providers[1]?.trusted_networks).toEqual(["192.168.1.0/24"]);
    expect(value(facts.accounts)[0]?.mfa_modules).toEqual(["totp"]);
    expect(value(facts.tokens)).toHaveLength(1);
    expect(value(facts.host).installation_type).toBe("Home Assistant Core");
    expect(value(facts.files).git?.ignored[".cloud/"]).toBe(false);
    expect(value(facts.outline).files[0]?.entries).toHaveLength(4);

    // No GET /auth/providers given: the backend's providers stand in.
    expect(facts.login_providers.source).toBe("security_scorecard/facts");
    expect(value(facts.login_providers).map((p) => p.type)).toEqual(["homeassistant", "trusted_networks"]);
  });

  it("never copies secrets that ride along in answers", async () => {
    const facts = await collectFacts(new FakeConnection(fullInstance()), { now: NOW });
    const text = JSON.stringify(facts);
    for (const secret of ["FAKE-PIN", "FAKE-WEBHOOK-ID", "fake@example.invalid", "FAKE-PASSWORD", "FAKE-BACKUP-PASSWORD", "fake-user\""]) {
      expect(text).not.toContain(secret);
    }
  });

  it("uses GET /auth/providers when given, in both answer shapes", async () => {
    for (const name of ["auth_providers_2024_3", "auth_providers_current"]) {
      const facts = await collectFacts(new FakeConnection(fullInstance()), { loginProviders: async () => fixture(name) });
      expect(facts.login_providers.source).toBe("GET /auth/providers");
      expect(value(facts.login_providers)[0]).toEqual({ type: "homeassistant", id: null, name: "Home Assistant Local" });
    }
  });

  it("reports a failing GET /auth/providers as an error, not a crash", async () => {
    const facts = await collectFacts(new FakeConnection(fullInstance()), {
      loginProviders: async () => {
        throw new Error("boom with token abc");
      },
    });
    expect(reason(facts.login_providers)).toBe("error");
    expect(facts.login_providers.ok ? "" : facts.login_providers.message).not.toContain("abc");
  });
});

describe("pipelining", () => {
  it("sends the whole first round before any answer arrives", async () => {
    const conn = new FakeConnection(fullInstance());
    conn.hold();
    const pending = collectFacts(conn);
    await flush();
    expect(conn.sentKeys().sort()).toEqual([...ROUND_ONE].sort());
    conn.release();
    // Round 2 waits on get_config/current_user; round 3 (add-on info) on /addons.
    for (let i = 0; i < 3; i++) {
      await flush();
      conn.release();
    }
    await pending;
    expect(conn.sentKeys()).toContain("supervisor/api /addons/core_ssh/info");
  });

  it("sends everything but add-on info at once when admin-ness and components are known", async () => {
    const conn = new FakeConnection(fullInstance());
    conn.hold();
    const components = (fixture("get_config") as { components: string[] }).components;
    const pending = collectFacts(conn, { isAdmin: true, components });
    await flush();
    const first = conn.sentKeys();
    expect(first).toEqual(expect.arrayContaining([...ROUND_ONE, "config/auth/list", "cloud/status", "backup/info", "backup/config/info", "backup/agents/info", "http/config", "security_scorecard/facts", "supervisor/api /supervisor/info", "supervisor/api /addons", "supervisor/api /backups"]));
    expect(first.filter((k) => k.endsWith("/info") && k.includes("/addons/"))).toEqual([]);
    expect(new Set(first).size).toBe(first.length);
    conn.release();
    await flush();
    conn.release();
    const facts = await pending;
    expect(value(facts.supervisor).addons).toHaveLength(2);
  });
});

describe("a non-admin user", () => {
  const nonAdmin = (): Record<string, unknown> => ({
    ...fullInstance(),
    "auth/current_user": fixture("auth_current_user_nonadmin"),
    // What Home Assistant would answer, were they asked:
    "config/auth/list": new HaError("unauthorized", "Unauthorized"),
  });

  it("sends no admin-only command and gets not_admin without admin data", async () => {
    const conn = new FakeConnection(nonAdmin());
    const facts = await collectFacts(conn);
    const sent = conn.sentKeys();
    for (const prefix of ADMIN_ONLY_PREFIXES) expect(sent.filter((k) => k.startsWith(prefix))).toEqual([]);
    for (const key of ["users", "backup", "supervisor", "http", "auth_providers", "accounts", "tokens", "host", "files", "outline"] as const) {
      expect(reason(facts[key] as Fact<unknown>)).toBe("not_admin");
    }
    expect(reason(facts.login_providers)).toBe("not_admin");
    expect(value(facts.current_user).is_admin).toBe(false);
    expect(value(facts.cloud).logged_in).toBe(true);
    expect(JSON.stringify(facts)).not.toContain("fake-user-supervisor");
  });

  it("trusts isAdmin: false from the caller", async () => {
    const conn = new FakeConnection(fullInstance());
    const facts = await collectFacts(conn, { isAdmin: false });
    expect(conn.sentKeys().filter((k) => ADMIN_ONLY_PREFIXES.some((p) => k.startsWith(p)))).toEqual([]);
    expect(reason(facts.users)).toBe("not_admin");
  });

  it("maps an unauthorized answer to not_admin", async () => {
    const conn = new FakeConnection(nonAdmin());
    const facts = await collectFacts(conn, { isAdmin: true });
    expect(reason(facts.users)).toBe("not_admin");
  });
});

describe("missing components", () => {
  it("asks nothing of what is not loaded and says why", async () => {
    const conn = new FakeConnection({ ...fullInstance(), get_config: configWith(["auth", "config", "http", "update"]) });
    const facts = await collectFacts(conn);
    const sent = conn.sentKeys();
    for (const cmd of ["cloud/status", "backup/info", "security_scorecard/facts"]) expect(sent).not.toContain(cmd);
    expect(sent.filter((k) => k.startsWith("supervisor/api"))).toEqual([]);
    expect(reason(facts.cloud)).toBe("component_not_loaded");
    expect(reason(facts.supervisor)).toBe("supervisor_absent");
    expect(reason(facts.backup)).toBe("component_not_loaded");
    for (const key of ["auth_providers", "accounts", "tokens", "host", "files", "outline"] as const) {
      expect(facts[key]).toMatchObject({ ok: false, reason: "backend_absent", message: BACKEND_MESSAGE });
    }
    expect(reason(facts.login_providers)).toBe("backend_absent");
    // http/config is still asked (admin), and answers here.
    expect(facts.http.source).toBe("http/config");
  });

  it("falls back to the backend for http when http/config is unknown", async () => {
    const answers = fullInstance();
    delete answers["http/config"];
    const facts = await collectFacts(new FakeConnection(answers));
    expect(facts.http.source).toBe("security_scorecard/facts");
    expect(value(facts.http).origin).toBe("default");
  });

  it("says backend_absent for http when neither http/config nor the backend exist", async () => {
    const answers: Record<string, unknown> = { ...fullInstance(), get_config: configWith(["http"]) };
    delete answers["http/config"];
    const facts = await collectFacts(new FakeConnection(answers));
    expect(facts.http).toMatchObject({ ok: false, reason: "backend_absent", message: BACKEND_MESSAGE });
  });
});

describe("versions", () => {
  it("reads 2024.3.3 backup/info without config or agents", async () => {
    const answers: Record<string, unknown> = { ...fullInstance(), "backup/info": fixture("backup_info_2024_3") };
    delete answers["backup/config/info"];
    delete answers["backup/agents/info"];
    const facts = await collectFacts(new FakeConnection(answers));
    const backup = value(facts.backup);
    expect(backup.origin).toBe("backup/info");
    expect(backup.schedule).toBeNull();
    expect(backup.automatic_encrypted).toBeNull();
    expect(backup.agents).toEqual([]);
    expect(backup.backups[1]).toEqual({ id: "def456", name: "Nightly", date: "2024-03-20T03:00:00.000Z", size_bytes: 2097152, protected: false, locations: ["local"], automatic: null });
  });

  it("reads the 2025.1 backup shape (agent_ids, protected, size)", async () => {
    const facts = await collectFacts(new FakeConnection({ ...fullInstance(), "backup/info": fixture("backup_info_2025_1") }));
    expect(value(facts.backup).backups[0]).toMatchObject({ protected: true, size_bytes: 1048576, locations: ["local", "cloud.cloud"], automatic: true });
  });

  it("uses the Supervisor's backups where backup/info is unknown (2024.3.3 with hassio)", async () => {
    const answers = fullInstance();
    delete answers["backup/info"];
    const facts = await collectFacts(new FakeConnection(answers));
    const backup = value(facts.backup);
    expect(backup.origin).toBe("supervisor");
    expect(backup.backups[0]).toMatchObject({ id: "fake0001", size_bytes: 13107200, protected: true, locations: ["local", "nas_mount"] });
    expect(backup.backups[1]).toMatchObject({ size_bytes: 1048576, locations: ["local"] });
  });

  it("reads expire_at on refresh tokens when present", async () => {
    const facts = await collectFacts(new FakeConnection({ ...fullInstance(), "auth/refresh_tokens": fixture("auth_refresh_tokens_2024_4") }));
    expect(value(facts.own_tokens)[0]?.expire_at).toBe(1718000000);
  });

  it("reads a logged-out cloud", async () => {
    const facts = await collectFacts(new FakeConnection({ ...fullInstance(), "cloud/status": fixture("cloud_status_logged_out") }));
    expect(value(facts.cloud)).toEqual({ logged_in: false, remote_enabled: false, remote_connected: false });
  });

  it("maps an unknown command to command_unknown", async () => {
    const answers = fullInstance();
    delete answers["repairs/list_issues"];
    const facts = await collectFacts(new FakeConnection(answers));
    expect(reason(facts.repairs)).toBe("command_unknown");
  });
});

describe("validation at the boundary", () => {
  it("ignores unknown extra fields", async () => {
    const config = { ...(fixture("get_config") as Record<string, unknown>), brand_new_field: { nested: true } };
    const facts = await collectFacts(new FakeConnection({ ...fullInstance(), get_config: config }));
    expect(value(facts.config)).not.toHaveProperty("brand_new_field");
  });

  it("turns a malformed answer into invalid_response naming the field, never the value", async () => {
    const users = [{ ...(fixture("config_auth_list") as object[])[0], group_ids: "SECRET-LOOKING-VALUE" }];
    const facts = await collectFacts(new FakeConnection({ ...fullInstance(), "config/auth/list": users }));
    expect(facts.users).toMatchObject({ ok: false, reason: "invalid_response" });
    const message = facts.users.ok ? "" : facts.users.message;
    expect(message).toContain("[0].group_ids");
    expect(message).not.toContain("SECRET-LOOKING-VALUE");
  });

  it("keeps good backend parts when one part is malformed", async () => {
    const backend = { ...(fixture("security_scorecard_facts") as Record<string, unknown>), host: { uid: "root" } };
    const facts = await collectFacts(new FakeConnection({ ...fullInstance(), "security_scorecard/facts": backend }));
    expect(reason(facts.host)).toBe("invalid_response");
    expect(value(facts.accounts)).toHaveLength(1);
  });

  it("keeps the other backend parts when the integration could not observe one", async () => {
    const backend = { ...(fixture("security_scorecard_facts") as Record<string, unknown>), files: { error: "files: PermissionError" } };
    const facts = await collectFacts(new FakeConnection({ ...fullInstance(), "security_scorecard/facts": backend }));
    expect(reason(facts.files)).toBe("error");
    expect(facts.files.ok ? "" : facts.files.message).toBe("the integration could not observe files: PermissionError");
    expect(value(facts.accounts)).toHaveLength(1);
    expect(facts.outline.ok && facts.host.ok && facts.tokens.ok).toBe(true);
    // A real part that happens to carry an "error" key beside others is not the marker.
    const odd = { ...(fixture("security_scorecard_facts") as Record<string, unknown>), files: { error: "x", git: null } };
    const oddFacts = await collectFacts(new FakeConnection({ ...fullInstance(), "security_scorecard/facts": odd }));
    expect(reason(oddFacts.files)).toBe("invalid_response");
  });

  it("refuses a backend payload of another schema version", async () => {
    const backend = { ...(fixture("security_scorecard_facts") as Record<string, unknown>), schema_version: 2 };
    const facts = await collectFacts(new FakeConnection({ ...fullInstance(), "security_scorecard/facts": backend }));
    expect(reason(facts.outline)).toBe("invalid_response");
  });

  it("makes the Supervisor fact unavailable when an add-on cannot be read", async () => {
    const answers = { ...fullInstance(), "supervisor/api /addons/core_ssh/info": { slug: "core_ssh" } };
    const facts: Facts = await collectFacts(new FakeConnection(answers));
    expect(facts.supervisor).toMatchObject({ ok: false, reason: "invalid_response" });
    expect(facts.supervisor.ok ? "" : facts.supervisor.message).toContain("/addons/core_ssh/info");
  });

  it("does not crash on a non-object answer", async () => {
    const facts = await collectFacts(new FakeConnection({ ...fullInstance(), get_states: "nonsense", get_config: null }));
    expect(reason(facts.updates)).toBe("invalid_response");
    expect(reason(facts.config)).toBe("invalid_response");
    // Without a component list, component-gated facts are not asked.
    expect(reason(facts.cloud)).toBe("invalid_response");
  });

  it("maps a lost connection to error", async () => {
    const conn = new FakeConnection(fullInstance());
    const original = conn.sendMessagePromise.bind(conn);
    conn.sendMessagePromise = <R>(msg: Parameters<typeof original>[0]): Promise<R> =>
      msg.type === "get_states" ? Promise.reject(3) : original<R>(msg);
    const facts = await collectFacts(conn);
    expect(facts.updates).toMatchObject({ ok: false, reason: "error", message: "get_states: connection lost" });
  });
});

describe("server facts from a subscription the caller holds (the card)", () => {
  it("uses the subscription's message instead of asking security_scorecard/facts", async () => {
    const answers = fullInstance();
    const fromSubscription = fixture("security_scorecard_facts");
    delete answers["security_scorecard/facts"];
    const conn = new FakeConnection(answers);
    const facts = await collectFacts(conn, { serverFacts: () => Promise.resolve(fromSubscription) });
    expect(conn.sentKeys()).not.toContain("security_scorecard/facts");
    expect(facts.outline.ok).toBe(true);
    expect(facts.accounts.ok).toBe(true);
  });

  it("a refused subscription makes the server facts unavailable with the command's error, nothing else", async () => {
    const conn = new FakeConnection(fullInstance());
    const facts = await collectFacts(conn, { serverFacts: () => Promise.reject({ code: "home_assistant_error", message: "x" }) });
    expect(facts.outline).toMatchObject({ ok: false, reason: "error", message: expect.stringContaining("security_scorecard/subscribe failed") });
    expect(facts.config.ok).toBe(true);
  });
});
