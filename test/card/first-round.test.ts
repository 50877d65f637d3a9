// @vitest-environment happy-dom
/**
 * The first scorecard costs one WebSocket round: every request of a (re)start waits for the
 * engine chunk and then leaves together. A request sent before the chunk arrived would be
 * answered meanwhile, and the collection would start a round later than it could
 * (bench/card-first-render.ts counts the rounds against a real Home Assistant).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MessageBase } from "home-assistant-js-websocket";
import type { Trend } from "../../card/trend.js";
import { facts } from "../support/facts-builder.js";
import { FakeConnection, fakeHass, mount, settle, testDeps } from "./support.js";
import type { ControllerDeps } from "../../card/controller.js";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the first collection's requests", () => {
  it("leave only once the engine chunk is there, all in the same turn", async () => {
    const sent: string[] = [];
    let engineLoaded = false;
    const conn = new FakeConnection((msg: MessageBase) => (msg.type === "security_scorecard/subscribe" ? Promise.resolve(undefined) : Promise.resolve(null)));
    const { deps: base } = testDeps(() => facts());
    let release!: () => void;
    const chunk = new Promise<void>((r) => (release = r));
    const record = (what: string): void => void sent.push(`${what}${engineLoaded ? "" : " (before the engine)"}`);
    const deps: ControllerDeps = {
      ...base,
      engine: async () => {
        await chunk;
        engineLoaded = true;
        return base.engine();
      },
      collect: vi.fn(async (c, o) => {
        record("collect");
        return base.collect(c, o);
      }),
      readDecisions: vi.fn(async () => {
        record("decisions");
        return {};
      }),
      loadTrend: vi.fn(async (): Promise<Trend> => {
        record("trend");
        return { points: null, changes: null };
      }),
    };
    const card = await mount(fakeHass(conn), deps);
    await settle(card, 5);
    // Nothing judged can be asked for while the chunk is on its way.
    expect(sent).toEqual([]);
    release();
    await settle(card, 10);
    expect(sent.sort()).toEqual(["collect", "decisions", "trend"]);
    expect(card.shadowRoot?.querySelector(".grade")?.textContent?.trim()).toMatch(/^[A-F][+-]?$/);
  });
});
