// @vitest-environment happy-dom
/**
 * The card applies the decisions the integration keeps, edits them from a check's row, and
 * offers its own `accepted:` entries for import instead of applying them alone.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MessageBase } from "home-assistant-js-websocket";
import { CardDecisions } from "../../card/decisions.js";
import type { Decisions } from "../../src/collect/decisions.js";
import { DecisionsError } from "../../src/collect/decisions.js";
import type { Facts } from "../../src/facts/types.js";
import type { Override } from "../../src/score/types.js";
import { HTTP_DEFAULT, OWNER, facts, ok } from "../support/facts-builder.js";
import { FakeConnection, checkEl, fakeHass, mount, openAllCategories, root, settle, testDeps } from "./support.js";

/** Owner without MFA and IP bans off: test-owner-mfa and test-ip-ban fail. */
function weakFacts(): Facts {
  return facts({ accounts: ok([{ ...OWNER, mfa_modules: [] }]), http: ok({ ...HTTP_DEFAULT, ip_ban_enabled: false }) });
}

/** A connection that accepts syncs; the decisions live in `server` (as the integration keeps them). */
function backend(initial: Decisions = {}) {
  const server = { decisions: { ...initial } as Record<string, Override>, decided: [] as [string, Override | null][] };
  const conn = new FakeConnection((msg: MessageBase) => {
    if (msg.type === "security_scorecard/subscribe") return Promise.resolve(undefined);
    return msg.type === "security_scorecard/sync" ? Promise.resolve(null) : Promise.reject({ code: "unknown_command" });
  });
  const readDecisions = vi.fn(async () => ({ ...server.decisions }));
  const decide = vi.fn(async (_conn: unknown, id: string, decision: Override | null) => {
    server.decided.push([id, decision]);
    const next = { ...server.decisions };
    if (decision === null) delete next[id];
    else next[id] = decision;
    server.decisions = next;
    return { ...next };
  });
  const synced = (): string[][] =>
    conn.messages.filter((m) => m.type === "security_scorecard/sync").map((m) => (m as unknown as { failing: { id: string }[] }).failing.map((f) => f.id).sort());
  return { server, conn, readDecisions, decide, synced };
}

async function openCheck(card: HTMLElement & { updateComplete: Promise<unknown> }, id: string) {
  await openAllCategories(card as never);
  const row = checkEl(card, id);
  row.shadowRoot?.querySelector<HTMLButtonElement>("button.row")?.click();
  await row.updateComplete;
  await settle(card);
  const actions = () => row.shadowRoot?.querySelector("security-scorecard-decide")?.shadowRoot ?? null;
  return { row, actions };
}

const fixNext = (card: HTMLElement): (string | null)[] => [...root(card).querySelectorAll("ol.fix-next li")].map((li) => li.getAttribute("data-check"));

afterEach(() => {
  document.body.innerHTML = "";
});

describe("decisions kept by the integration", () => {
  it("applies the server's decisions and syncs without them", async () => {
    const b = backend({ "test-ip-ban": { kind: "mitigated", reason: "fail2ban on the proxy" } });
    const { deps } = testDeps(() => weakFacts(), { readDecisions: b.readDecisions, decide: b.decide });
    const card = await mount(fakeHass(b.conn), deps);
    await settle(card, 10);
    expect(fixNext(card)).not.toContain("test-ip-ban");
    const { row } = await openCheck(card, "test-ip-ban");
    expect(row.shadowRoot?.querySelector(".override")?.textContent).toBe("Mitigated elsewhere: fail2ban on the proxy");
    await new Promise((r) => setTimeout(r, 30));
    expect(b.synced().at(-1)).toEqual(["test-owner-mfa"]);
  });

  it("accept a risk with a reason on the row, then undo it", async () => {
    const b = backend();
    const { deps } = testDeps(() => weakFacts(), { readDecisions: b.readDecisions, decide: b.decide });
    const card = await mount(fakeHass(b.conn), deps);
    const { row, actions } = await openCheck(card, "test-ip-ban");
    actions()?.querySelector<HTMLButtonElement>("button.accept")?.click();
    await settle(card);
    const input = actions()?.querySelector<HTMLInputElement>("input.reason");
    expect(input?.getAttribute("maxlength")).toBe("200");
    if (input === null || input === undefined) throw new Error("no reason field");
    input.value = "Only on the lab VLAN";
    input.dispatchEvent(new Event("input"));
    await settle(card);
    actions()?.querySelector<HTMLButtonElement>("button.save")?.click();
    await settle(card, 10);
    expect(b.server.decided).toEqual([["test-ip-ban", { kind: "risk_accepted", reason: "Only on the lab VLAN" }]]);
    expect(row.shadowRoot?.querySelector(".override")?.textContent).toBe("Risk accepted: Only on the lab VLAN");
    await new Promise((r) => setTimeout(r, 30));
    expect(b.synced().at(-1)).toEqual(["test-owner-mfa"]);

    actions()?.querySelector<HTMLButtonElement>("button.undo")?.click();
    await settle(card, 10);
    expect(b.server.decided.at(-1)).toEqual(["test-ip-ban", null]);
    expect(row.shadowRoot?.querySelector(".override")).toBeNull();
    await new Promise((r) => setTimeout(r, 30));
    expect(b.synced().at(-1)).toEqual(["test-ip-ban", "test-owner-mfa"]);
  });

  it("shows the integration's refusal and keeps the form", async () => {
    const b = backend();
    const refuse = vi.fn(async () => Promise.reject(new DecisionsError("security_scorecard/decide test-ip-ban refused: decision.reason must be plain text (no link, web address or e-mail address)")));
    const { deps } = testDeps(() => weakFacts(), { readDecisions: b.readDecisions, decide: refuse });
    const card = await mount(fakeHass(b.conn), deps);
    const { actions } = await openCheck(card, "test-ip-ban");
    actions()?.querySelector<HTMLButtonElement>("button.mitigated")?.click();
    await settle(card);
    const input = actions()?.querySelector<HTMLInputElement>("input.reason");
    if (input === null || input === undefined) throw new Error("no reason field");
    input.value = "see https://example.org";
    input.dispatchEvent(new Event("input"));
    await settle(card);
    actions()?.querySelector<HTMLButtonElement>("button.save")?.click();
    await settle(card, 10);
    expect(actions()?.querySelector('[role="alert"]')?.textContent).toContain("no link, web address or e-mail address");
    expect(actions()?.querySelector("input.reason")).not.toBeNull();
  });

  it("a card's accepted: entry the server lacks is not applied but offered for import", async () => {
    const b = backend();
    const { deps } = testDeps(() => weakFacts(), { readDecisions: b.readDecisions, decide: b.decide });
    const card = await mount(fakeHass(b.conn), deps, {
      type: "custom:security-scorecard-card",
      accepted: [{ id: "test-ip-ban", kind: "mitigated", reason: "fail2ban on the proxy" }],
    });
    expect(fixNext(card)).toContain("test-ip-ban");
    const { row, actions } = await openCheck(card, "test-ip-ban");
    expect(row.shadowRoot?.querySelector(".override")).toBeNull();
    expect(actions()?.querySelector(".import-hint")?.textContent).toContain("Mitigated elsewhere: fail2ban on the proxy");
    actions()?.querySelector<HTMLButtonElement>("button.import")?.click();
    await settle(card, 10);
    expect(b.server.decided).toEqual([["test-ip-ban", { kind: "mitigated", reason: "fail2ban on the proxy" }]]);
    expect(row.shadowRoot?.querySelector(".override")?.textContent).toBe("Mitigated elsewhere: fail2ban on the proxy");
    expect(fixNext(card)).not.toContain("test-ip-ban");
  });

  it("decisions that cannot be read: judged without them and not synced", async () => {
    const b = backend({ "test-ip-ban": { kind: "mitigated", reason: "x" } });
    const { deps } = testDeps(() => weakFacts(), {
      readDecisions: async () => Promise.reject(new DecisionsError("security_scorecard/decisions: no answer within 30 s")),
      decide: b.decide,
    });
    const card = await mount(fakeHass(b.conn), deps);
    await new Promise((r) => setTimeout(r, 30));
    expect(fixNext(card)).toContain("test-ip-ban");
    expect(b.synced()).toEqual([]);
    const { actions } = await openCheck(card, "test-ip-ban");
    expect(actions()).toBeNull(); // nothing to edit while the integration's list is unknown
  });

  it("without the integration the card's accepted: applies and the row points to the editor", async () => {
    const b = backend();
    const { deps } = testDeps(() => weakFacts(), { readDecisions: b.readDecisions, decide: b.decide });
    const card = await mount(fakeHass(b.conn, { components: ["http"] }), deps, {
      type: "custom:security-scorecard-card",
      accepted: [{ id: "test-ip-ban", kind: "mitigated", reason: "fail2ban on the proxy" }],
    });
    expect(b.readDecisions).not.toHaveBeenCalled();
    expect(fixNext(card)).not.toContain("test-ip-ban");
    const { row, actions } = await openCheck(card, "test-owner-mfa");
    expect(actions()).toBeNull();
    expect(row.shadowRoot?.querySelector(".hint")?.textContent).toContain("card editor");
  });
});

describe("CardDecisions", () => {
  it("an integration from before decisions keeps none: the card's list applies", async () => {
    const d = new CardDecisions({ readDecisions: async () => Promise.reject(new DecisionsError("unknown", true)) });
    d.setLocal({ a: { kind: "mitigated", reason: "r" } });
    await d.refresh({} as never, true);
    expect(d.current).toEqual({ kind: "card" });
    expect(d.applied()).toEqual({ a: { kind: "mitigated", reason: "r" } });
    expect(d.syncable).toBe(true);
    expect(d.editable).toBe(false);
    await expect(d.decide({} as never, "a", null)).rejects.toThrow("not loaded");
  });
});
