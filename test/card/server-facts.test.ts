// @vitest-environment happy-dom
/**
 * The card's server facts over `security_scorecard/subscribe` (docs/architecture.md,
 * "Subscribe deltas", "Contract version"): it names its contract, puts the first message and
 * the deltas after it together, refuses a delta that does not follow what it holds, and says
 * plainly when the integration speaks another contract — never a scorecard from a shape it
 * does not know.
 */
import { afterEach, describe, expect, it } from "vitest";
import { collectFacts } from "../../src/collect/index.js";
import { VERSION_MISMATCH_MESSAGE } from "../../src/collect/server.js";
import { OUT_OF_STEP_MESSAGE } from "../../src/collect/server-delta.js";
import type { Facts } from "../../src/facts/types.js";
import { FILES_DEFAULT, HOST_DEFAULT, HTTP_DEFAULT, OUTLINE_DEFAULT, OWNER, facts, token } from "../support/facts-builder.js";
import { FakeConnection, fakeHass, mount, settle, testDeps } from "./support.js";

const FULL = {
  contract: 2,
  kind: "full",
  seq: 0,
  schema_version: 1,
  http: HTTP_DEFAULT,
  auth_providers: { providers: [], mfa_modules: [] },
  accounts: [OWNER],
  tokens: [token()],
  host: HOST_DEFAULT,
  files: FILES_DEFAULT,
  outline: OUTLINE_DEFAULT,
  addon_settings: { absent: "supervisor" },
};

/** A compact wire file: `sensor[0].password` with literal-looking features (length 20, high entropy). */
const LEAKY_FILE = {
  path: "sensors.yaml",
  reachable: true,
  mount: ["sensor"],
  error: null,
  keys: ["password"],
  nodes: [-1, -1, 0, 0],
  entries: [[1, 3, 0, 0, null, null, [20, 0, 2, 0]]],
};

function lastFacts(spy: { mock: { calls: unknown[][] } }): Facts {
  return spy.mock.calls[spy.mock.calls.length - 1]?.[0] as Facts;
}

function withBackend(answer: (type: string) => Promise<unknown>): FakeConnection {
  return new FakeConnection((msg) => (msg.type === "security_scorecard/subscribe" || msg.type === "security_scorecard/sync" ? answer(msg.type) : Promise.reject({ code: "unknown_command", message: "x" })));
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("server facts over the subscription", () => {
  it("names its contract, and puts the deltas together: changed parts, changed and removed outline files", async () => {
    const conn = withBackend((type) => Promise.resolve(type === "security_scorecard/subscribe" ? FULL : null));
    const { deps, evaluateSpy } = testDeps(() => facts(), { collect: (c, o) => collectFacts(c, o) });
    await mount(fakeHass(conn), deps);
    expect(conn.messages).toContainEqual({ type: "security_scorecard/subscribe", contract: 2 });
    expect(lastFacts(evaluateSpy).http).toMatchObject({ ok: true, value: { ip_ban_enabled: true } });

    conn.push("security_scorecard/subscribe", { contract: 2, kind: "delta", seq: 1, base: 0, parts: { http: { ...HTTP_DEFAULT, ip_ban_enabled: false } } });
    await settle();
    let f = lastFacts(evaluateSpy);
    expect(f.http).toMatchObject({ ok: true, value: { ip_ban_enabled: false } });
    expect(f.outline).toMatchObject({ ok: true, value: { files: [{ path: "configuration.yaml" }, { path: "secrets.yaml" }] } });

    conn.push("security_scorecard/subscribe", {
      contract: 2,
      kind: "delta",
      seq: 2,
      base: 1,
      parts: {},
      outline: { files: [LEAKY_FILE], removed: ["secrets.yaml"], version: 1, form: "relevant", truncated: null },
    });
    await settle();
    f = lastFacts(evaluateSpy);
    expect(f.http).toMatchObject({ ok: true, value: { ip_ban_enabled: false } }); // kept from before
    if (!f.outline.ok) throw new Error("outline unavailable");
    expect(f.outline.value.files.map((file) => file.path)).toEqual(["configuration.yaml", "sensors.yaml"]);
    expect(f.outline.value.files[1]?.entries).toEqual([
      {
        path: [0, "password"],
        line: 3,
        tag: null,
        type: "str",
        features: { length: 20, template: false, url: false, url_credentials: false, url_credential_query: false, auth_prefix: null, command_credentials: false, entropy: "high", multiline: false, whitespace: false },
      },
    ]);
  });

  it("refuses a delta that does not follow the facts it holds", async () => {
    const conn = withBackend((type) => Promise.resolve(type === "security_scorecard/subscribe" ? FULL : null));
    const { deps, evaluateSpy } = testDeps(() => facts(), { collect: (c, o) => collectFacts(c, o) });
    await mount(fakeHass(conn), deps);
    conn.push("security_scorecard/subscribe", { contract: 2, kind: "delta", seq: 5, base: 4, parts: { http: { ...HTTP_DEFAULT, ip_ban_enabled: false } } });
    await settle();
    const f = lastFacts(evaluateSpy);
    expect(f.http.ok).toBe(false);
    expect(f.outline).toMatchObject({ ok: false, message: expect.stringContaining(OUT_OF_STEP_MESSAGE) });
  });

  it("says the versions differ when the integration refuses the contract (older: the key; newer: the number)", async () => {
    for (const code of ["invalid_format", "incompatible_version"]) {
      const conn = withBackend((type) => (type === "security_scorecard/subscribe" ? Promise.reject({ code, message: "refused" }) : Promise.resolve(null)));
      const { deps, evaluateSpy } = testDeps(() => facts(), { collect: (c, o) => collectFacts(c, o) });
      await mount(fakeHass(conn), deps);
      const f = lastFacts(evaluateSpy);
      for (const part of [f.http, f.outline, f.accounts, f.tokens]) expect(part).toMatchObject({ ok: false, message: VERSION_MISMATCH_MESSAGE });
      document.body.innerHTML = "";
    }
  });

  it("says the versions differ when the facts come in another contract (or none)", async () => {
    for (const other of [{ ...FULL, contract: undefined }, { ...FULL, contract: 3 }]) {
      const conn = withBackend((type) => Promise.resolve(type === "security_scorecard/subscribe" ? other : null));
      const { deps, evaluateSpy } = testDeps(() => facts(), { collect: (c, o) => collectFacts(c, o) });
      await mount(fakeHass(conn), deps);
      const f = lastFacts(evaluateSpy);
      for (const part of [f.http, f.outline, f.accounts]) expect(part).toMatchObject({ ok: false, message: VERSION_MISMATCH_MESSAGE });
      document.body.innerHTML = "";
    }
  });
});
