/** The decisions source: validated answers, errors that name codes (never reasons), and how lists combine. */
import { describe, expect, it } from "vitest";
import { DecisionsError, combineDecisions, decide, readDecisions } from "../../../src/collect/decisions.js";
import { FakeConnection, HaError } from "./fake-connection.js";

describe("readDecisions / decide", () => {
  it("reads the integration's decisions, dropping decided_at", async () => {
    const conn = new FakeConnection({
      "security_scorecard/decisions": { decisions: { "net-tls": { kind: "mitigated", reason: "proxy", decided_at: "2026-12-01T10:00:00+00:00" } } },
    });
    expect(await readDecisions(conn)).toEqual({ "net-tls": { kind: "mitigated", reason: "proxy" } });
  });

  it("refuses an answer of an unknown shape, naming the field only", async () => {
    const conn = new FakeConnection({ "security_scorecard/decisions": { decisions: { "net-tls": { kind: "ignored", reason: "SECRET-REASON" } } } });
    const err = await readDecisions(conn).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DecisionsError);
    expect((err as Error).message).toBe("security_scorecard/decisions: unexpected shape at decisions.net-tls.kind");
  });

  it("marks an integration that does not know the command as unsupported", async () => {
    const conn = new FakeConnection({ "security_scorecard/decisions": new HaError("unknown_command") });
    const err = (await readDecisions(conn).catch((e: unknown) => e)) as DecisionsError;
    expect(err.unsupported).toBe(true);
    const refused = new FakeConnection({ "security_scorecard/decisions": new HaError("unauthorized") });
    expect(((await readDecisions(refused).catch((e: unknown) => e)) as DecisionsError).unsupported).toBe(false);
  });

  it("decide sends {check_id, decision} and null to clear; a refusal says the integration's rule", async () => {
    const conn = new FakeConnection({ "security_scorecard/decide": { decisions: {} } });
    await decide(conn, "net-tls", { kind: "risk_accepted", reason: "lab" });
    await decide(conn, "net-tls", null);
    expect(conn.sent).toEqual([
      { type: "security_scorecard/decide", check_id: "net-tls", decision: { kind: "risk_accepted", reason: "lab" } },
      { type: "security_scorecard/decide", check_id: "net-tls", decision: null },
    ]);
    const refusing = new FakeConnection({ "security_scorecard/decide": new HaError("invalid_format", "decision.reason must be plain text") });
    await expect(decide(refusing, "net-tls", { kind: "mitigated", reason: "x" })).rejects.toThrow(
      "security_scorecard/decide net-tls refused: decision.reason must be plain text",
    );
    // Other errors keep only their code.
    const other = new FakeConnection({ "security_scorecard/decide": new HaError("home_assistant_error", "SECRET detail") });
    await expect(decide(other, "net-tls", null)).rejects.toThrow("security_scorecard/decide net-tls failed (home_assistant_error)");
  });
});

describe("combineDecisions", () => {
  it("server wins for the same id, local entries fill in, and both lists are reported", () => {
    const combined = combineDecisions(
      { a: { kind: "mitigated", reason: "server" }, b: { kind: "risk_accepted", reason: "same" } },
      { a: { kind: "risk_accepted", reason: "local" }, b: { kind: "risk_accepted", reason: "same" }, c: { kind: "mitigated", reason: "only here" } },
    );
    expect(combined.overrides).toEqual({
      a: { kind: "mitigated", reason: "server" },
      b: { kind: "risk_accepted", reason: "same" },
      c: { kind: "mitigated", reason: "only here" },
    });
    expect(combined.localOnly).toEqual(["c"]);
    expect(combined.overruled).toEqual(["a"]);
  });
});
