// @vitest-environment happy-dom
/**
 * The pictures: the score gauge, a bar per category (share of points earned), the score
 * trend from the recorder's history with "fixed since …"/"new since …" from the
 * integration's evaluation log; and the sidebar panel element.
 */
import type { HassEntity, MessageBase } from "home-assistant-js-websocket";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Facts } from "../../src/facts/types.js";
import { resetLanguages } from "../../card/localize.js";
import { changesOf, loadTrend, parseEvaluations, parseHistory, withLive } from "../../card/trend.js";
import { categoryShare, levelOf } from "../../card/views/gauge.js";
import { plot } from "../../card/views/trend.js";
import { evaluate } from "../../src/score/evaluate.js";
import { HTTP_DEFAULT, NOW, OWNER, facts, ok } from "../support/facts-builder.js";
import { FakeConnection, TEST_CATALOG, fakeHass, lightState, mount, root, settle, testDeps, updateState } from "./support.js";

const SENSOR = "sensor.security_scorecard_score";

/** Owner without MFA and IP bans off: accounts and network lose points. */
function weak(): Facts {
  return facts({ accounts: ok([{ ...OWNER, mfa_modules: [] }]), http: ok({ ...HTTP_DEFAULT, ip_ban_enabled: false }) });
}

function scoreState(state: string, updated: string): HassEntity {
  return { ...lightState(state), entity_id: SENSOR, state, last_updated: updated, last_changed: updated };
}

/** The integration's and the recorder's answers, as both releases give them. */
function backend(log: unknown, history: unknown = { [SENSOR]: [{ s: "40", lu: 1_790_000_000 }, { s: "55", lu: 1_790_003_600.5 }] }) {
  return (msg: MessageBase): Promise<unknown> => {
    if (msg.type === "security_scorecard/subscribe") return Promise.resolve(undefined);
    if (msg.type === "security_scorecard/evaluations") return Promise.resolve(log);
    if (msg.type === "history/history_during_period") return Promise.resolve(history);
    return Promise.reject({ code: "unknown_command", message: "x" });
  };
}

const LOG = {
  evaluations: [
    { evaluated_at: "2026-10-30T11:00:00+00:00", score: 40, grade: "C", failing: ["test-owner-mfa", "test-ip-ban"] },
    { evaluated_at: "2026-10-30T12:00:00+00:00", score: 55, grade: "C", failing: ["test-owner-mfa", "test-backup"] },
  ],
};

afterEach(() => {
  resetLanguages();
  document.body.innerHTML = "";
});

describe("gauge and category bars", () => {
  it("draws the score on a dial and one bar per category with its share of points", async () => {
    const { deps } = testDeps(() => weak());
    const card = await mount(fakeHass(new FakeConnection()), deps);
    const expected = evaluate(weak(), { now: NOW, catalog: TEST_CATALOG });
    const gauge = root(card).querySelector(".gauge");
    expect(gauge?.querySelector(".score")?.textContent).toBe(String(expected.score));
    expect(gauge?.getAttribute("data-level")).toBe(levelOf(expected.score ?? 0));
    expect(gauge?.querySelector("path.value")?.getAttribute("d")).toMatch(/^M -40 0 A 40 40 0 0 1 -?\d+\.\d\d -?\d+\.\d\d$/);
    const shares = Object.fromEntries(
      [...root(card).querySelectorAll("section.category")].map((s) => [s.getAttribute("data-category"), s.querySelector(".cat-share")?.textContent ?? ""]),
    );
    // accounts: the critical owner check fails, the high one passes → 7.5 / 17.5 of the points.
    expect(shares.accounts).toBe("43 % of points");
    expect(shares.network).toBe("0 % of points");
    expect(shares.updates).toBe("100 % of points");
    const fill = root(card).querySelector<HTMLElement>('section[data-category="accounts"] .cat-bar .fill');
    expect(fill?.getAttribute("style")).toBe("width: 43%");
  });

  it("a category with nothing scored has no bar", () => {
    const card = evaluate(facts(), { now: NOW, catalog: [] });
    for (const c of card.categories) expect(categoryShare(c)).toBeNull();
  });
});

describe("trend and changes since the previous evaluation", () => {
  it("asks the log and the score history once each at start and shows the line and what was fixed and is new", async () => {
    const conn = new FakeConnection(backend(LOG));
    const { deps } = testDeps(() => weak(), { loadTrend });
    const hass = fakeHass(conn, { components: ["http", "security_scorecard", "history", "recorder"] });
    const card = await mount(hass, deps);
    expect(conn.types().filter((t) => t === "security_scorecard/evaluations" || t === "history/history_during_period")).toEqual([
      "security_scorecard/evaluations",
      "history/history_during_period",
    ]);
    const history = conn.messages.find((m) => m.type === "history/history_during_period");
    expect(history).toMatchObject({ entity_ids: [SENSOR], minimal_response: true, no_attributes: true });
    const line = root(card).querySelector(".trend svg.trend-line");
    expect(line?.getAttribute("data-points")).toBe("2");
    expect(line?.querySelectorAll("path.dot")).toHaveLength(2);
    expect(line?.getAttribute("aria-label")).toBe("Score 40 → 55: 2 recorded values in 30 days");
    expect(root(card).querySelector(".trend .fixed-since")?.textContent).toMatch(/^Fixed since \S/);
    // A fixed check is named by its goal, a new one by its problem.
    expect([...root(card).querySelectorAll(".changes.fixed li")].map((li) => li.textContent)).toEqual(["Failed logins are banned"]);
    expect([...root(card).querySelectorAll(".changes.added li")].map((li) => li.textContent)).toEqual(["Recent backup exists (problem)"]);
  });

  it("asks again when the score sensor changes (a sync), not on other state changes", async () => {
    const conn = new FakeConnection(backend(LOG));
    const { deps } = testDeps(() => weak(), { loadTrend });
    const states = { [SENSOR]: scoreState("40", "2026-10-30T11:00:00Z"), "light.kitchen": lightState("on"), "update.home_assistant_core_update": updateState() };
    const hass = fakeHass(conn, { components: ["http", "security_scorecard", "history"], states });
    const card = await mount(hass, deps);
    const asked = (): number => conn.types().filter((t) => t === "security_scorecard/evaluations").length;
    expect(asked()).toBe(1);
    card.hass = { ...hass, states: { ...states, "light.kitchen": lightState("off") } };
    await settle(card);
    expect(asked()).toBe(1);
    card.hass = { ...hass, states: { ...states, [SENSOR]: scoreState("55", "2026-10-30T12:00:00Z") } };
    await settle(card);
    expect(asked()).toBe(2);
  });

  it("without the recorder there is no trend line and no error, only the changes", async () => {
    const conn = new FakeConnection(backend(LOG));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { deps } = testDeps(() => weak(), { loadTrend });
    const card = await mount(fakeHass(conn), deps);
    expect(conn.types()).not.toContain("history/history_during_period");
    expect(root(card).querySelector(".trend-line")).toBeNull();
    expect(root(card).querySelector(".trend .fixed-since")).not.toBeNull();
    expect(root(card).querySelector(".notice.error")).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("a malformed answer leaves its part out and says where on the console, never in the card", async () => {
    const conn = new FakeConnection(backend({ evaluations: [{ evaluated_at: 3 }] }, { [SENSOR]: "nope" }));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { deps } = testDeps(() => weak(), { loadTrend });
    const card = await mount(fakeHass(conn, { components: ["http", "security_scorecard", "history"] }), deps);
    expect(root(card).querySelector(".trend")).toBeNull();
    expect(root(card).querySelector(".grade")).not.toBeNull();
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages).toEqual([
      "security-scorecard-card: security_scorecard/evaluations: unexpected answer at evaluations.0.evaluated_at; left out",
      `security-scorecard-card: history/history_during_period: unexpected answer at ${SENSOR}; left out`,
    ]);
    warn.mockRestore();
  });

  it("without the integration the card asks for neither", async () => {
    const conn = new FakeConnection(backend(LOG));
    const { deps } = testDeps(() => weak(), { loadTrend });
    await mount(fakeHass(conn, { components: ["http", "history"] }), deps);
    expect(conn.types().filter((t) => t.startsWith("security_scorecard/") || t.startsWith("history/"))).toEqual([]);
  });

  it("parses what the releases send and computes the changes", () => {
    expect(parseHistory({ [SENSOR]: [{ s: "unknown", lu: 1 }, { s: "70", lu: 3 }, { s: "60", lu: 2 }] }, SENSOR)).toEqual([
      { at: 2000, score: 60 },
      { at: 3000, score: 70 },
    ]);
    expect(parseHistory({}, SENSOR)).toEqual([]);
    const log = parseEvaluations(LOG);
    expect(log instanceof Error ? log.message : changesOf(log)).toEqual({
      since: "2026-10-30T11:00:00+00:00",
      fixed: ["test-ip-ban"],
      added: ["test-backup"],
    });
    expect(changesOf([])).toBeNull();
    // The live state ends the line when the recorder has not written it yet; not twice, not a non-number.
    const recorded = [{ at: Date.parse("2026-10-30T11:00:00Z"), score: 40 }];
    expect(withLive(recorded, { state: "55", last_changed: "2026-10-30T12:00:00Z" })).toEqual([...recorded, { at: Date.parse("2026-10-30T12:00:00Z"), score: 55 }]);
    expect(withLive(recorded, { state: "40", last_changed: "2026-10-30T11:00:00Z" })).toEqual(recorded);
    expect(withLive(recorded, { state: "unknown", last_changed: "2026-10-30T12:00:00Z" })).toEqual(recorded);
    // One point, or points at one instant, still land inside the box.
    expect(plot([{ at: 5, score: 100 }])).toEqual([{ x: 150, y: 6 }]);
  });
});

describe("sidebar panel element", () => {
  it("holds one full card, forwards hass, and titles itself in the user's language", async () => {
    const { deps } = testDeps(() => weak());
    const { SecurityScorecardCard } = await import("../../card/security-scorecard-card.js");
    SecurityScorecardCard.deps = deps;
    const panel = document.createElement("security-scorecard-panel") as HTMLElement & { hass: unknown; narrow: boolean };
    const hass = fakeHass(new FakeConnection());
    panel.hass = hass;
    panel.narrow = true;
    document.body.appendChild(panel);
    const card = panel.shadowRoot?.querySelector("security-scorecard-card") as InstanceType<typeof SecurityScorecardCard> | null;
    expect(card).not.toBeNull();
    expect(card?.hass).toBe(hass);
    await settle(card ?? undefined);
    expect(panel.shadowRoot?.querySelector("h1")?.textContent).toBe("Security Scorecard");
    expect((panel.shadowRoot?.querySelector("ha-menu-button") as (HTMLElement & { narrow?: boolean }) | null)?.narrow).toBe(true);
    expect(root(card as HTMLElement).querySelector(".grade")).not.toBeNull();
  });
});
