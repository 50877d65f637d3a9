// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { collectFacts } from "../../src/collect/index.js";
import type { Facts } from "../../src/facts/types.js";
import { evaluate } from "../../src/score/evaluate.js";
import { CATALOG } from "../../src/checks/catalog.js";
import { SecurityScorecardCard } from "../../card/security-scorecard-card.js";
import { resetLanguages } from "../../card/localize.js";
import { FILES_DEFAULT, HOST_DEFAULT, HTTP_DEFAULT, NOW, OUTLINE_DEFAULT, OWNER, facts, missing, ok, token, updateEntity } from "../support/facts-builder.js";
import {
  FakeConnection,
  TEST_CATALOG,
  checkEl,
  fakeHass,
  lightState,
  mount,
  openAllCategories,
  root,
  settle,
  testDeps,
  text,
  updateState,
} from "./support.js";

const ADMIN_ONLY = ["config/auth/list", "security_scorecard/facts", "security_scorecard/sync", "http/config", "supervisor/api", "backup/info"];

/** Owner without MFA, legacy API password, IP bans off: a critical failure caps the grade. */
function weakFacts(): Facts {
  return facts({
    accounts: ok([{ ...OWNER, mfa_modules: [] }]),
    http: ok({ ...HTTP_DEFAULT, ip_ban_enabled: false }),
    auth_providers: ok({
      providers: [
        { type: "homeassistant", id: null, name: "Home Assistant Local", trusted_networks: null, trusted_users_networks: null, allow_bypass_login: null },
        { type: "legacy_api_password", id: null, name: "API Password", trusted_networks: null, trusted_users_networks: null, allow_bypass_login: null },
      ],
      mfa_modules: [],
    }),
  });
}

/** Only the critical check fails: the score alone would give B, the cap makes it C. */
function criticalOnly(): Facts {
  return facts({ accounts: ok([{ ...OWNER, mfa_modules: [] }]) });
}

afterEach(() => {
  resetLanguages();
  document.body.innerHTML = "";
  vi.useRealTimers();
});

describe("security-scorecard-card states", () => {
  it("shows a fixed-height skeleton while collecting", async () => {
    let release: (f: Facts) => void = () => undefined;
    const pending = new Promise<Facts>((r) => (release = r));
    const { deps } = testDeps(() => pending);
    const card = await mount(fakeHass(new FakeConnection()), deps);
    const skeleton = root(card).querySelector(".skeleton");
    expect(skeleton).not.toBeNull();
    expect(skeleton?.getAttribute("aria-busy")).toBe("true");
    release(facts());
    await settle(card);
    expect(root(card).querySelector(".skeleton")).toBeNull();
    expect(root(card).querySelector(".score")?.textContent).toBe("100");
  });

  it("renders score, capped grade with reason, coverage and evaluated time", async () => {
    const { deps } = testDeps(() => criticalOnly());
    const card = await mount(fakeHass(new FakeConnection()), deps);
    const expected = evaluate(criticalOnly(), { now: NOW, catalog: TEST_CATALOG });
    expect(expected.uncappedGrade).toBe("B");
    expect(root(card).querySelector(".score")?.textContent).toBe(String(expected.score));
    expect(root(card).querySelector(".grade")?.textContent).toBe("C");
    expect(root(card).querySelector(".cap-reason")?.textContent).toContain("capped at C: failed critical check test-owner-mfa");
    expect(root(card).querySelector(".coverage")?.textContent).toBe("100 % assessed");
    expect(root(card).querySelector(".evaluated")?.textContent).toMatch(/^Evaluated \S/);
  });

  it("shows V with the advisory and the would-be grade on a vulnerable version", async () => {
    const base = facts();
    const old = facts({ config: ok({ ...(base.config.ok ? base.config.value : ({} as never)), version: "2023.12.0" }) });
    const { deps } = testDeps(() => old);
    const card = await mount(fakeHass(new FakeConnection()), deps);
    expect(root(card).querySelector(".grade")?.textContent).toBe("V");
    expect(root(card).querySelector(".vulnerable")?.textContent).toContain("would be A+");
    const link = root(card).querySelector<HTMLAnchorElement>(".advisories a");
    expect(link?.textContent).toContain("GHSA-jqpc-rc7g-vf83");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(link?.getAttribute("target")).toBe("_blank");
  });

  it("orders Fix next by recoverable points", async () => {
    const { deps } = testDeps(() => weakFacts());
    const card = await mount(fakeHass(new FakeConnection()), deps);
    const ids = [...root(card).querySelectorAll("ol.fix-next li")].map((li) => li.getAttribute("data-check"));
    // critical (10) > high (7.5) > medium (5)
    expect(ids).toEqual(["test-owner-mfa", "test-legacy-api-password", "test-ip-ban"]);
    expect(root(card).querySelector("ol.fix-next li .points")?.textContent).toMatch(/^\+\d+ points$/);
  });

  it("expands categories and checks with ARIA, evidence, fix, Learn more and in-app fix link", async () => {
    const { deps } = testDeps(() => weakFacts());
    const card = await mount(fakeHass(new FakeConnection()), deps);
    const button = root(card).querySelector<HTMLButtonElement>('section[data-category="accounts"] > button');
    expect(button?.getAttribute("aria-expanded")).toBe("false");
    const controls = button?.getAttribute("aria-controls") ?? "";
    expect(root(card).getElementById(controls)?.hidden).toBe(true);
    expect(button?.textContent).toContain("0 passed, 2 failed, 0 to review");
    button?.click();
    await settle(card);
    expect(button?.getAttribute("aria-expanded")).toBe("true");
    expect(root(card).getElementById(controls)?.hidden).toBe(false);

    const legacy = checkEl(card, "test-legacy-api-password");
    const row = legacy.shadowRoot?.querySelector<HTMLButtonElement>("button.row");
    expect(row?.textContent).toContain("Failed");
    expect(row?.textContent).toContain("High");
    row?.click();
    await settle(card);
    await legacy.updateComplete;
    expect(row?.getAttribute("aria-expanded")).toBe("true");
    const details = legacy.shadowRoot?.getElementById(row?.getAttribute("aria-controls") ?? "");
    expect(details?.textContent).toContain("configuration.yaml:3 auth_providers has legacy_api_password");
    expect(details?.textContent).toContain("Remove the legacy_api_password auth provider.");
    const learn = details?.querySelector("a");
    expect(learn?.getAttribute("href")).toBe("https://www.home-assistant.io/docs/authentication/providers/");
    expect(learn?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(learn?.getAttribute("target")).toBe("_blank");
    expect(details?.querySelector(".fix-path")).toBeNull(); // no fixPath in the catalog entry

    const mfa = checkEl(card, "test-owner-mfa");
    mfa.shadowRoot?.querySelector<HTMLButtonElement>("button.row")?.click();
    await mfa.updateComplete;
    const events: string[] = [];
    const onLocation = (): void => {
      events.push(location.pathname);
    };
    window.addEventListener("location-changed", onLocation);
    mfa.shadowRoot?.querySelector<HTMLButtonElement>(".fix-path")?.click();
    window.removeEventListener("location-changed", onLocation);
    expect(events).toEqual(["/profile/security"]);
  });

  it("Fix next opens the category and the check", async () => {
    const { deps } = testDeps(() => weakFacts());
    const card = await mount(fakeHass(new FakeConnection()), deps);
    root(card).querySelector<HTMLButtonElement>('ol.fix-next li[data-check="test-ip-ban"] button')?.click();
    await settle(card);
    expect(root(card).querySelector('section[data-category="network"] > button')?.getAttribute("aria-expanded")).toBe("true");
    expect(checkEl(card, "test-ip-ban").open).toBe(true);
  });

  it("shows accepted risks from the config and takes them out of Fix next", async () => {
    const { deps } = testDeps(() => weakFacts());
    const card = await mount(fakeHass(new FakeConnection()), deps, {
      type: "custom:security-scorecard-card",
      accepted: [{ id: "test-ip-ban", kind: "mitigated", reason: "fail2ban on the proxy" }],
    });
    const ids = [...root(card).querySelectorAll("ol.fix-next li")].map((li) => li.getAttribute("data-check"));
    expect(ids).not.toContain("test-ip-ban");
    await openAllCategories(card);
    const ban = checkEl(card, "test-ip-ban");
    ban.shadowRoot?.querySelector<HTMLButtonElement>("button.row")?.click();
    await ban.updateComplete;
    expect(ban.shadowRoot?.querySelector(".override")?.textContent).toBe("Mitigated elsewhere: fail2ban on the proxy");
  });

  it("hide_passed and categories limit what is shown", async () => {
    const { deps } = testDeps(() => weakFacts());
    const card = await mount(fakeHass(new FakeConnection()), deps, { type: "custom:security-scorecard-card", categories: ["accounts", "updates"], hide_passed: true });
    expect([...root(card).querySelectorAll("section.category")].map((s) => s.getAttribute("data-category"))).toEqual(["accounts", "updates"]);
    await openAllCategories(card);
    expect(root(card).querySelector('security-scorecard-check[data-check="test-core-update"]')).toBeNull();
    expect(root(card).querySelector('security-scorecard-check[data-check="test-owner-mfa"]')).not.toBeNull();
  });

  it("a non-admin sees the admin-only state and the card sends nothing", async () => {
    const conn = new FakeConnection();
    const collect = vi.fn(collectFacts);
    const { deps } = testDeps(() => facts(), { collect });
    const card = await mount(fakeHass(conn, { admin: false }), deps);
    expect(text(card)).toContain("Administrators only");
    expect(collect).not.toHaveBeenCalled();
    expect(conn.messages).toEqual([]);
  });

  it("an admin with the real collector sends admin-only commands and shows collector errors on the affected check", async () => {
    const conn = new FakeConnection((msg) =>
      msg.type === "auth/current_user"
        ? Promise.resolve({ id: "u", name: "Owner", is_owner: true, is_admin: true, credentials: [], mfa_modules: [] })
        : Promise.reject({ code: "home_assistant_error", message: "boom" }),
    );
    const { deps } = testDeps(() => facts(), { collect: (c, o) => collectFacts(c, o) });
    const card = await mount(fakeHass(conn), deps);
    expect(conn.types()).toEqual(expect.arrayContaining(["config/auth/list", "security_scorecard/subscribe"]));
    // The subscription carries the server facts: the folder is not walked a second time.
    expect(conn.types()).not.toContain("security_scorecard/facts");
    // Update entities and their platforms are what the frontend already holds: never downloaded.
    expect(conn.types()).not.toContain("get_states");
    expect(conn.types()).not.toContain("config/entity_registry/list");
    // Every command failed, so only the update check (judged from hass) is scored, and the others say why.
    expect(root(card).querySelector(".coverage")?.textContent).toBe("17 % assessed");
    await openAllCategories(card);
    expect(checkEl(card, "test-core-update").shadowRoot?.querySelector("button.row")?.textContent).toContain("Passed");
    const ban = checkEl(card, "test-ip-ban");
    ban.shadowRoot?.querySelector<HTMLButtonElement>("button.row")?.click();
    await ban.updateComplete;
    expect(ban.shadowRoot?.querySelector("button.row")?.textContent).toContain("Not assessed");
    expect(ban.shadowRoot?.querySelector(".reason")?.textContent).toContain("security_scorecard/subscribe failed (home_assistant_error)");
  });

  it("without the backend: judges the rest, gives the install hint, no subscribe or sync", async () => {
    const conn = new FakeConnection();
    const absent = facts({
      http: missing("backend_absent"),
      auth_providers: missing("backend_absent"),
      accounts: missing("backend_absent"),
      tokens: missing("backend_absent"),
      host: missing("backend_absent"),
      files: missing("backend_absent"),
      outline: missing("backend_absent"),
    });
    const { deps } = testDeps(() => absent);
    const card = await mount(fakeHass(conn, { components: ["http"] }), deps);
    await new Promise((r) => setTimeout(r, 30));
    // test-owner-mfa, test-legacy-api-password, test-ip-ban need server facts; test-host-root's needs are host.
    expect(root(card).querySelector(".notice.backend")?.textContent).toBe(
      "4 checks need the Security Scorecard integration. Install it to assess them.",
    );
    expect(root(card).querySelector(".coverage")?.textContent).toBe("33 % assessed");
    expect(conn.types()).not.toContain("security_scorecard/subscribe");
    expect(conn.types()).not.toContain("security_scorecard/sync");
    expect(conn.types().filter((t) => ADMIN_ONLY.includes(t))).toEqual([]);
  });
});

describe("security-scorecard-card live behaviour", () => {
  it("keeps the last scorecard as stale on disconnect and recovers on ready", async () => {
    const conn = new FakeConnection();
    let current = weakFacts();
    const { deps, collect } = testDeps(() => current);
    const card = await mount(fakeHass(conn), deps);
    expect(collect).toHaveBeenCalledTimes(1);
    conn.fire("disconnected");
    await settle(card);
    expect(root(card).querySelector(".notice.stale")?.textContent).toMatch(/^Connection lost\. Showing the results from /);
    expect(root(card).querySelector(".grade")?.textContent).toBe(evaluate(weakFacts(), { now: NOW, catalog: TEST_CATALOG }).grade);
    current = facts();
    conn.fire("ready");
    await settle(card);
    expect(collect).toHaveBeenCalledTimes(2);
    expect(root(card).querySelector(".notice.stale")).toBeNull();
    expect(root(card).querySelector(".grade")?.textContent).toBe("A+");
  });

  it("a changed update entity re-renders only the affected check; unrelated states do nothing", async () => {
    const conn = new FakeConnection();
    const { deps, collect, evaluateSpy } = testDeps(() => facts({ updates: ok([updateEntity()]) }));
    const hass = fakeHass(conn);
    const card = await mount(hass, deps);
    await openAllCategories(card);
    const ids = TEST_CATALOG.map((c) => c.id);
    const before = Object.fromEntries(ids.map((id) => [id, checkEl(card, id).renderCount]));
    const evaluations = evaluateSpy.mock.calls.length;

    // Unrelated state change: no evaluation, not even a render of the card.
    const cardRender = vi.spyOn(card, "render");
    card.hass = { ...hass, states: { ...hass.states, "light.kitchen": lightState("off") } };
    await settle(card);
    expect(evaluateSpy.mock.calls.length).toBe(evaluations);
    expect(cardRender).not.toHaveBeenCalled();

    // The core update becomes available.
    card.hass = {
      ...hass,
      states: {
        ...hass.states,
        "update.home_assistant_core_update": updateState({ state: "on", attributes: { latest_version: "2026.11.2" } }),
      },
    };
    await settle(card);
    expect(evaluateSpy.mock.calls.length).toBe(evaluations + 1);
    expect(collect).toHaveBeenCalledTimes(1); // patched from hass.states, not re-collected
    const after = Object.fromEntries(ids.map((id) => [id, checkEl(card, id).renderCount]));
    for (const id of ids) {
      if (id === "test-core-update") expect(after[id], id).toBe((before[id] ?? 0) + 1);
      else expect(after[id], id).toBe(before[id]);
    }
    expect(checkEl(card, "test-core-update").shadowRoot?.textContent).toContain("Failed");
  });

  it("server facts from security_scorecard/subscribe re-evaluate the affected checks", async () => {
    const conn = new FakeConnection();
    const { deps, collect } = testDeps(() => facts());
    const card = await mount(fakeHass(conn), deps);
    expect(root(card).querySelector(".grade")?.textContent).toBe("A+");
    conn.push("security_scorecard/subscribe", {
      contract: 2,
      kind: "full",
      seq: 0,
      schema_version: 1,
      http: { ...HTTP_DEFAULT, ip_ban_enabled: false },
      auth_providers: { providers: [], mfa_modules: [] },
      accounts: [OWNER],
      tokens: [token()],
      host: HOST_DEFAULT,
      files: FILES_DEFAULT,
      outline: OUTLINE_DEFAULT,
    });
    await settle(card);
    expect(collect).toHaveBeenCalledTimes(1);
    expect([...root(card).querySelectorAll("ol.fix-next li")].map((li) => li.getAttribute("data-check"))).toEqual(["test-ip-ban"]);
  });

  it("core_config_updated re-asks the core config only, a user event the user list only", async () => {
    const conn = new FakeConnection();
    const { deps, collect } = testDeps(() => facts());
    const card = await mount(fakeHass(conn), deps);
    expect(conn.messages).toContainEqual({ type: "subscribe_events", event_type: "core_config_updated" });
    conn.push("subscribe_events", { event_type: "core_config_updated" });
    await settle(card);
    expect(collect).toHaveBeenCalledTimes(2);
    expect(collect.mock.calls[1]?.[1]).toMatchObject({ only: ["config"] });
    for (const event of ["user_added", "user_updated", "user_removed"]) {
      expect(conn.messages).toContainEqual({ type: "subscribe_events", event_type: event });
    }
    conn.push("subscribe_events", { event_type: "user_updated" });
    await settle(card);
    expect(collect).toHaveBeenCalledTimes(3);
    expect(collect.mock.calls[2]?.[1]).toMatchObject({ only: ["users"] });
  });

  it("syncs once, debounced, with failing ids and the coverage ratio", async () => {
    const conn = new FakeConnection((msg) => (msg.type === "security_scorecard/sync" ? Promise.resolve(null) : Promise.reject({ code: "x" })));
    const { deps, evaluateSpy } = testDeps(() => criticalOnly());
    const hass = fakeHass(conn);
    const card = await mount(hass, deps);
    // A new but equal update state: re-evaluated, same findings, so no second sync.
    card.hass = { ...hass, states: { ...hass.states, "update.home_assistant_core_update": updateState() } };
    await settle(card);
    expect(evaluateSpy).toHaveBeenCalledTimes(2);
    await new Promise((r) => setTimeout(r, 40));
    const syncs = conn.messages.filter((m) => m.type === "security_scorecard/sync");
    expect(syncs).toHaveLength(1);
    const sync = syncs[0] as unknown as { score: number; grade: string; coverage: number; failing: { id: string }[] };
    expect(sync.grade).toBe("C");
    expect(sync.coverage).toBeGreaterThan(0);
    expect(sync.coverage).toBeLessThanOrEqual(1);
    expect(sync.failing.map((f) => f.id)).toEqual(["test-owner-mfa"]);
    expect(card.isConnected).toBe(true);
  });

  it("re-collects periodically, at most once a minute, never while the page is hidden", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const conn = new FakeConnection();
    const { deps, collect } = testDeps(() => facts(), { refreshMs: 1_000 }); // clamped to a minute
    const card = await mount(fakeHass(conn), deps);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(59_000);
    await settle(card);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    await settle(card);
    expect(collect).toHaveBeenCalledTimes(2);
    Object.defineProperty(document, "hidden", { value: true, configurable: true });
    try {
      vi.advanceTimersByTime(120_000);
      await settle(card);
      expect(collect).toHaveBeenCalledTimes(2);
    } finally {
      Object.defineProperty(document, "hidden", { value: false, configurable: true });
    }
    document.dispatchEvent(new Event("visibilitychange"));
    await settle(card);
    expect(collect).toHaveBeenCalledTimes(3);
  });

  it("the idle refresh sends nothing on a home without cloud, backup or Supervisor, and re-judges at the new time", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const server = { contract: 2, kind: "full", seq: 0, schema_version: 1, http: HTTP_DEFAULT, auth_providers: { providers: [], mfa_modules: [] }, accounts: [OWNER], tokens: [token()], host: HOST_DEFAULT, files: FILES_DEFAULT, outline: OUTLINE_DEFAULT };
    const conn = new FakeConnection((msg) => 
      msg.type === "security_scorecard/subscribe" ? Promise.resolve(server) : msg.type === "security_scorecard/sync" ? Promise.resolve(null) : Promise.reject({ code: "unknown_command" }),
    );
    const { deps, evaluateSpy } = testDeps(() => facts(), { collect: (c, o) => collectFacts(c, o), refreshMs: 300_000 });
    const card = await mount(fakeHass(conn), deps);
    await new Promise((r) => setTimeout(r, 30)); // the first sync (debounced) is part of the load
    expect(conn.types()).toContain("security_scorecard/sync");
    const sentAtLoad = conn.messages.length;
    const evaluations = evaluateSpy.mock.calls.length;
    vi.advanceTimersByTime(300_000);
    await settle(card);
    await new Promise((r) => setTimeout(r, 30)); // same findings: no second sync either
    expect(conn.types().slice(sentAtLoad)).toEqual([]);
    expect(evaluateSpy.mock.calls.length).toBe(evaluations + 1);
  });

  it("the idle refresh re-asks exactly what no signal keeps current: cloud, backups, and without the backend the own user and tokens", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const conn = new FakeConnection();
    const { deps } = testDeps(() => facts(), { collect: (c, o) => collectFacts(c, o), refreshMs: 300_000 });
    const card = await mount(fakeHass(conn, { components: ["http", "cloud", "backup"] }), deps);
    const sentAtLoad = conn.messages.length;
    vi.advanceTimersByTime(300_000);
    await settle(card);
    expect(conn.types().slice(sentAtLoad).sort()).toEqual([
      "auth/current_user",
      "auth/refresh_tokens",
      "backup/agents/info",
      "backup/config/info",
      "backup/info",
      "cloud/status",
    ]);
  });

  it("stops everything when removed from the page", async () => {
    const conn = new FakeConnection();
    const { deps, collect } = testDeps(() => facts());
    const card = await mount(fakeHass(conn), deps);
    card.remove();
    await settle();
    expect(conn.subscriptions.every((s) => !s.active)).toBe(true);
    conn.fire("ready");
    await settle();
    expect(collect).toHaveBeenCalledTimes(1);
  });
});

describe("security-scorecard-card config and registration", () => {
  it("validates the config with clear errors", () => {
    const card = document.createElement("security-scorecard-card");
    expect(() => card.setConfig({ type: "custom:security-scorecard-card", title: 3 })).toThrow("title must be a string");
    expect(() => card.setConfig({ type: "custom:security-scorecard-card", categories: ["dns"] })).toThrow('unknown category "dns"');
    expect(() => card.setConfig({ type: "custom:security-scorecard-card", compact: "yes" })).toThrow("compact must be true or false");
    expect(() => card.setConfig({ type: "custom:security-scorecard-card", hide_passed: 1 })).toThrow("hide_passed must be true or false");
    expect(() => card.setConfig({ type: "custom:security-scorecard-card", accepted: [{ id: "x", kind: "ignored", reason: "r" }] })).toThrow(
      "accepted[0].kind must be risk_accepted or mitigated",
    );
    expect(() => card.setConfig({ type: "custom:security-scorecard-card", accepted: [{ id: "x", kind: "mitigated", reason: " " }] })).toThrow(
      "accepted[0].reason must be a non-empty string",
    );
    expect(() => card.setConfig({ type: "custom:security-scorecard-card", colour: "red" })).toThrow('unknown option "colour"');
    const fails = (config: unknown): string => {
      try {
        card.setConfig(config);
      } catch (err) {
        return (err as Error).message;
      }
      return "accepted";
    };
    const c = (over: Record<string, unknown>): Record<string, unknown> => ({ type: "custom:security-scorecard-card", ...over });
    expect(fails([1])).toBe("security-scorecard-card: the configuration must be a mapping");
    expect(fails(null)).toBe("security-scorecard-card: the configuration must be a mapping");
    expect(fails(c({ categories: [] }))).toBe("security-scorecard-card: categories must be a non-empty list");
    expect(fails(c({ categories: "network" }))).toBe("security-scorecard-card: categories must be a non-empty list");
    expect(fails(c({ categories: ["network", "dns"] }))).toBe(
      'security-scorecard-card: unknown category "dns" (allowed: accounts, network, secrets, updates, backups, host)',
    );
    expect(fails(c({ accepted: "x" }))).toBe("security-scorecard-card: accepted must be a list of {id, kind, reason}");
    expect(fails(c({ accepted: ["x"] }))).toBe("security-scorecard-card: accepted[0] must be a mapping with id, kind and reason");
    expect(fails(c({ accepted: [{ id: "Not An Id", kind: "mitigated", reason: "r" }] }))).toBe("security-scorecard-card: accepted[0].id must be a check id");
    expect(fails(c({ accepted: [{ id: "a", kind: "mitigated", reason: "r" }, { id: "a", kind: "risk_accepted", reason: "s" }] }))).toBe(
      'security-scorecard-card: accepted[1].id "a" is listed twice',
    );
    expect(fails(c({ accepted: [{ id: "a", kind: "mitigated", reason: "r".repeat(201) }] }))).toBe(
      "security-scorecard-card: accepted[0].reason is longer than 200 characters",
    );
    expect(fails(c({ accepted: [{ id: "a", kind: "mitigated" }] }))).toBe("security-scorecard-card: accepted[0].reason must be a non-empty string");
    expect(fails(c({ accepted: [{ id: "a", kind: "mitigated", reason: "r".repeat(200) }], grid_options: { columns: 6 }, visibility: [] }))).toBe("accepted");
    expect(() => card.setConfig({ type: "custom:security-scorecard-card", categories: ["accounts"], compact: true })).not.toThrow();
  });

  it("registers in window.customCards and offers stub config, sizes and both editors", async () => {
    expect(window.customCards?.find((c) => c.type === "security-scorecard-card")).toMatchObject({ preview: true, name: "Security Scorecard" });
    expect(SecurityScorecardCard.getStubConfig()).toEqual({ type: "custom:security-scorecard-card" });
    expect((await SecurityScorecardCard.getConfigElement()).tagName.toLowerCase()).toBe("security-scorecard-card-editor");
    expect(SecurityScorecardCard.getConfigForm().schema.map((s) => s.name)).toEqual(["title", "categories", "compact", "hide_passed"]);
    const card = document.createElement("security-scorecard-card");
    expect(card.getCardSize()).toBeGreaterThan(0);
    expect(card.getGridOptions().columns).toBe(12);
  });

  it("renders every check of the real catalog", async () => {
    const { deps } = testDeps(() => facts(), { evaluate: (f, o) => evaluate(f, o) });
    const card = await mount(fakeHass(new FakeConnection()), deps);
    expect(root(card).querySelectorAll("section.category")).toHaveLength(6);
    await openAllCategories(card);
    expect(root(card).querySelectorAll("security-scorecard-check")).toHaveLength(CATALOG.length);
  });

  it("speaks German when the user chose German, fetching German only then", async () => {
    const urls: string[] = [];
    const de = readFileSync(join(import.meta.dirname, "../../card/translations/de.json"), "utf8");
    vi.stubGlobal("fetch", async (url: string) => {
      urls.push(String(url));
      return new Response(de);
    });
    try {
      const { deps } = testDeps(() => weakFacts());
      const english = await mount(fakeHass(new FakeConnection()), deps);
      expect(root(english).querySelector("h3")?.textContent).toBe("Fix next");
      expect(urls).toEqual([]);
      const card = await mount(fakeHass(new FakeConnection(), { language: "de" }), deps);
      expect(urls).toHaveLength(1);
      expect(urls[0]).toMatch(/translations\/de\.json$/);
      expect(root(card).querySelector("h3")?.textContent).toBe("Als Nächstes beheben");
      expect(root(card).querySelector(".coverage")?.textContent).toBe("100 % bewertet");
      await openAllCategories(card);
      expect(checkEl(card, "test-owner-mfa").shadowRoot?.querySelector("button.row")?.textContent).toContain("Nicht bestanden");
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
