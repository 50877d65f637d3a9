/**
 * `audit` applies the decisions the integration keeps (security_scorecard/decisions) before
 * it judges, so it syncs the same verdicts as the card; --accept entries are imports.
 */
import { describe, expect, it } from "vitest";
import type { CliDeps } from "../../../src/cli/deps.js";
import { runCli } from "../../../src/cli/run.js";
import type { Check } from "../../../src/checks/types.js";
import { DecisionsError, type Decisions } from "../../../src/collect/decisions.js";
import type { SyncPayload } from "../../../src/score/sync-payload.js";
import type { Override } from "../../../src/score/types.js";
import { NOW, facts } from "../../support/facts-builder.js";
import { check } from "../score/checks.js";

const URL_OK = "http://homeassistant.local:8123";

class FakeConn {
  close(): void {}
}

/** Two failing highs: h1 and h2. */
const CATALOG: Check[] = [
  check("c1", "critical", { status: "pass", evidence: [] }),
  check("h1", "high", { status: "fail", evidence: [] }, { category: "secrets" }),
  check("h2", "high", { status: "fail", evidence: [] }, { category: "network" }),
];

interface Server {
  decisions: Record<string, Override>;
  readonly decided: string[];
  readonly synced: SyncPayload[];
}

function harness(server: Server, over: Partial<CliDeps<FakeConn>> = {}) {
  let out = "";
  let err = "";
  const files = new Map<string, string>();
  const deps: CliDeps<FakeConn> = {
    openConnection: async () => new FakeConn(),
    fetchLoginProviders: async () => [],
    collectFacts: async () => facts(),
    env: { HASS_TOKEN: "token" },
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readFile: async (p) => files.get(p) ?? Promise.reject(Object.assign(new Error("ENOENT"), { code: "ENOENT" })),
    writeFile: async () => undefined,
    now: () => NOW,
    version: "1.2.3",
    catalog: CATALOG,
    sync: async (_conn, payload) => void server.synced.push(payload),
    readDecisions: async () => ({ ...server.decisions }),
    decide: async (_conn, id, decision) => {
      server.decided.push(id);
      server.decisions = { ...server.decisions, [id]: decision };
      return { ...server.decisions };
    },
    ...over,
  };
  const run = (...argv: string[]) => runCli(["audit", "--url", URL_OK, "--format", "json", ...argv], deps);
  return { deps, files, run, out: () => out, err: () => err };
}

function server(decisions: Decisions = {}): Server {
  return { decisions: { ...decisions }, decided: [], synced: [] };
}

function overrideOf(json: string, id: string): unknown {
  const report = JSON.parse(json) as { categories: { checks: { id: string; override: unknown }[] }[] };
  return report.categories.flatMap((c) => c.checks).find((c) => c.id === id)?.override;
}

describe("audit applies the integration's decisions", () => {
  it("a decision made in the card is applied and left out of the sync", async () => {
    const s = server({ h1: { kind: "risk_accepted", reason: "lab only" } });
    const h = harness(s);
    expect(await h.run()).toBe(0);
    expect(overrideOf(h.out(), "h1")).toEqual({ kind: "risk_accepted", reason: "lab only" });
    expect(overrideOf(h.out(), "h2")).toBeNull();
    expect(s.synced.map((p) => p.failing.map((f) => f.id))).toEqual([["h2"]]);
    expect(h.err()).toBe("");
  });

  it("server decisions win over --accept for the same check; the file's others are imported", async () => {
    const s = server({ h1: { kind: "risk_accepted", reason: "decided in the card" } });
    const h = harness(s);
    h.files.set("a.yaml", "h1:\n  kind: mitigated\n  reason: from the file\nh2:\n  kind: mitigated\n  reason: TLS at the proxy\n");
    expect(await h.run("--accept", "a.yaml")).toBe(0);
    expect(overrideOf(h.out(), "h1")).toEqual({ kind: "risk_accepted", reason: "decided in the card" });
    expect(overrideOf(h.out(), "h2")).toEqual({ kind: "mitigated", reason: "TLS at the proxy" });
    expect(s.decided).toEqual(["h2"]);
    expect(s.synced.map((p) => p.failing)).toEqual([[]]);
    expect(h.err()).toContain("the integration's own decision applies to h1");
    expect(h.err()).toContain("imported 1 decision from --accept into the integration: h2");
  });

  it("with --no-sync the file applies to this run only and nothing is written", async () => {
    const s = server();
    const h = harness(s);
    h.files.set("a.yaml", "h2:\n  kind: mitigated\n  reason: TLS at the proxy\n");
    expect(await h.run("--accept", "a.yaml", "--no-sync")).toBe(0);
    expect(overrideOf(h.out(), "h2")).toEqual({ kind: "mitigated", reason: "TLS at the proxy" });
    expect(s.decided).toEqual([]);
    expect(s.synced).toEqual([]);
  });

  it("an import the integration refuses is applied locally but not synced", async () => {
    const s = server();
    const h = harness(s, { decide: async () => Promise.reject(new DecisionsError("security_scorecard/decide h2 failed (invalid_format)")) });
    h.files.set("a.yaml", "h2:\n  kind: mitigated\n  reason: see https://example.org\n");
    expect(await h.run("--accept", "a.yaml")).toBe(0);
    expect(overrideOf(h.out(), "h2")).toEqual({ kind: "mitigated", reason: "see https://example.org" });
    expect(s.synced).toEqual([]);
    expect(h.err()).toContain("could not import h2 into the integration (security_scorecard/decide h2 failed (invalid_format))");
    expect(h.err()).toContain("Repairs not updated");
  });

  it("unreadable decisions: judged without them, and no sync that could re-raise them", async () => {
    const s = server();
    const h = harness(s, { readDecisions: async () => Promise.reject(new DecisionsError("security_scorecard/decisions: unexpected shape at decisions.h1.kind")) });
    expect(await h.run()).toBe(0);
    expect(s.synced).toEqual([]);
    expect(h.err()).toContain("could not read the integration's decisions (security_scorecard/decisions: unexpected shape at decisions.h1.kind)");
  });

  it("an integration from before decisions keeps none: the audit syncs as before", async () => {
    const s = server();
    const h = harness(s, { readDecisions: async () => Promise.reject(new DecisionsError("unknown", true)) });
    expect(await h.run()).toBe(0);
    expect(s.synced.map((p) => p.failing.map((f) => f.id).sort())).toEqual([["h1", "h2"]]);
  });
});
