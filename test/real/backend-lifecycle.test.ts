/**
 * The backend's sync, Repairs lifecycle and diagnostics against a real Home Assistant:
 * the real weak audit's sync is accepted (its placeholders are the declared ones, as plain
 * text); a disabled entry leaves no Repairs issue and brings them back from the stored
 * sync when enabled again; a flood is refused; a non-admin gets no diagnostics data.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectFacts } from "../../src/collect/index.js";
import { fetchLoginProviders, openConnection } from "../../src/collect/node-connection.js";
import { evaluate } from "../../src/score/evaluate.js";
import { type SyncPayload, syncPayload } from "../../src/score/sync-payload.js";
import { connectWs, wsCommand } from "../ha/ws.js";

const ha = inject("ha");
const DOMAIN = "security_scorecard";

interface Entry {
  readonly entry_id: string;
  readonly domain: string;
  readonly state: string;
}

async function entry(): Promise<Entry> {
  const entries = await wsCommand<Entry[]>(ha.url, ha.adminToken, { type: "config_entries/get" });
  const ours = entries.find((e) => e.domain === DOMAIN);
  if (ours === undefined) throw new Error("the security_scorecard config entry is missing");
  return ours;
}

async function issueIds(): Promise<string[]> {
  const { issues } = await wsCommand<{ issues: { domain: string; issue_id: string }[] }>(ha.url, ha.adminToken, { type: "repairs/list_issues" });
  return issues.filter((i) => i.domain === DOMAIN).map((i) => i.issue_id).sort();
}

async function setDisabled(entryId: string, disabled: boolean): Promise<void> {
  await wsCommand(ha.url, ha.adminToken, { type: "config_entries/disable", entry_id: entryId, disabled_by: disabled ? "user" : null });
}

let payload: SyncPayload;
// The Repairs issues the weak audit's sync created (which ones depends on the release).
let mirrored: string[] = [];

beforeAll(async () => {
  const conn = await openConnection(ha.url, ha.adminToken);
  try {
    const facts = await collectFacts(conn, { loginProviders: () => fetchLoginProviders(ha.url) });
    const found = syncPayload(evaluate(facts));
    if (found === null) throw new Error("the weak audit has no sync payload");
    payload = found;
  } finally {
    conn.close();
  }
}, 120_000);

afterAll(async () => {
  // Leave the instance as the other tests expect: enabled, the findings mirrored.
  const ours = await entry();
  if (ours.state !== "loaded") await setDisabled(ours.entry_id, false);
  // The flood emptied the sync bucket (10, one more every 2 s): let it fill up again, so the
  // next test file's syncs on this shared instance are not refused.
  await new Promise((r) => setTimeout(r, 21_000));
  await wsCommand(ha.url, ha.adminToken, { type: "security_scorecard/sync", ...payload, evaluated_at: new Date().toISOString() });
});

describe("the backend's sync and Repairs lifecycle", () => {
  it("accepts the real weak audit's sync: declared placeholder keys, plain text", async () => {
    const answer = await wsCommand<{ failing: number; repairs: string[] }>(ha.url, ha.adminToken, { type: "security_scorecard/sync", ...payload });
    expect(answer.failing).toBe(payload.failing.length);
    expect(answer.repairs.length).toBeGreaterThan(0);
    mirrored = [...answer.repairs].sort();
    expect(await issueIds()).toEqual(mirrored);
  });

  it("refuses an unknown grade, a far evaluated_at and an undeclared placeholder key", async () => {
    for (const bad of [
      { grade: "Z" },
      { evaluated_at: "9999-12-31T00:00:00Z" },
      { failing: [{ id: "auth-owner-mfa", placeholders: { secret_key: "x" } }] },
    ]) {
      await expect(wsCommand(ha.url, ha.adminToken, { type: "security_scorecard/sync", ...payload, ...bad })).rejects.toMatchObject({
        code: "invalid_format",
      });
    }
  });

  it("a disabled entry leaves no Repairs issue; enabled again, they come back from the stored sync", async () => {
    const before = await issueIds();
    expect(before.length).toBeGreaterThan(0);
    const { entry_id } = await entry();
    await setDisabled(entry_id, true);
    try {
      expect((await entry()).state).toBe("not_loaded");
      expect(await issueIds()).toEqual([]);
    } finally {
      await setDisabled(entry_id, false);
    }
    expect((await entry()).state).toBe("loaded");
    expect(await issueIds()).toEqual(before);
  });

  it("refuses a flood of valid syncs with rate_limited", async () => {
    const conn = await connectWs(ha.url, ha.adminToken);
    try {
      const answers = await Promise.allSettled(
        Array.from({ length: 30 }, () => conn.sendMessagePromise({ type: "security_scorecard/sync", ...payload, evaluated_at: new Date().toISOString() })),
      );
      const refused = answers.filter((a) => a.status === "rejected").map((a) => (a.reason as { code?: string }).code);
      expect(refused.length).toBeGreaterThanOrEqual(20);
      expect(new Set(refused)).toEqual(new Set(["rate_limited"]));
    } finally {
      conn.close();
    }
  });
});

describe("diagnostics", () => {
  it("a non-admin gets no data: 401 from core (2026.5+) or only the integration's note (older cores)", async () => {
    const { entry_id } = await entry();
    const response = await fetch(`${ha.url}/api/diagnostics/config_entry/${entry_id}`, { headers: { Authorization: `Bearer ${ha.userToken}` } });
    if (response.status === 401) return;
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: unknown };
    expect(body.data).toEqual({ schema_version: 1, admin_required: true });
  });

  it("an admin gets counts and shapes, no check id or user name", async () => {
    const { entry_id } = await entry();
    const response = await fetch(`${ha.url}/api/diagnostics/config_entry/${entry_id}`, { headers: { Authorization: `Bearer ${ha.adminToken}` } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { last_sync: { failing_count: number } | null } };
    expect(body.data.last_sync?.failing_count).toBeGreaterThan(0);
    const text = JSON.stringify(body.data);
    expect(mirrored.length).toBeGreaterThan(0);
    for (const absent of [...mirrored, ha.owner.username, ha.user.username]) expect(text).not.toContain(absent);
  });
});
