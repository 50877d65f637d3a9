/**
 * Repairs in the owner's language, on a real Home Assistant (each supported release): with
 * the instance's language German, the sync's issues are titled by the check's German
 * problem statement (the integration's translations/de.json, generated from src/i18n), and
 * the description says where — the evidence's places through the `where` placeholder.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectFacts } from "../../src/collect/index.js";
import { fetchLoginProviders, openConnection } from "../../src/collect/node-connection.js";
import { LANGUAGE_TABLES } from "../../src/i18n/languages.js";
import { ENGLISH } from "../../src/i18n/texts.js";
import { evaluate } from "../../src/score/evaluate.js";
import { syncPayload } from "../../src/score/sync-payload.js";
import type { Scorecard } from "../../src/score/types.js";
import { wherePlaceholder } from "../../src/score/where.js";
import type { HaRelease } from "../ha/versions.js";
import { wsCommand } from "../ha/ws.js";

const CANARY = "CNRY7c1d";
const ha = inject("ha");
const de = LANGUAGE_TABLES.de ?? {};

/** The weak config's critical finding with file:line evidence on each release (2026.10 has no legacy API password). */
const PLACED_CRITICAL: Record<HaRelease, string> = {
  "2024.3.3": "auth-legacy-api-password",
  "2026.10.4": "auth-trusted-networks-broad",
};

interface Issue {
  readonly domain: string;
  readonly issue_id: string;
  readonly translation_key: string | null;
  readonly translation_placeholders: Record<string, string> | null;
}

let scorecard: Scorecard;
let languageBefore = "en";

beforeAll(async () => {
  const conn = await openConnection(ha.url, ha.adminToken);
  try {
    scorecard = evaluate(await collectFacts(conn, { loginProviders: () => fetchLoginProviders(ha.url) }));
  } finally {
    conn.close();
  }
  const config = await wsCommand<{ language?: string }>(ha.url, ha.adminToken, { type: "get_config" });
  languageBefore = config.language ?? "en";
  await wsCommand(ha.url, ha.adminToken, { type: "config/core/update", language: "de" });
}, 120_000);

afterAll(async () => {
  await wsCommand(ha.url, ha.adminToken, { type: "config/core/update", language: languageBefore });
});

describe("Repairs in German", () => {
  it("the instance speaks German, and its issue texts are the German problem statements", async () => {
    expect((await wsCommand<{ language: string }>(ha.url, ha.adminToken, { type: "get_config" })).language).toBe("de");
    const { resources } = await wsCommand<{ resources: Record<string, string> }>(ha.url, ha.adminToken, {
      type: "frontend/get_translations",
      language: "de",
      category: "issues",
      integration: ["security_scorecard"],
    });
    const failing = scorecard.categories.flatMap((c) => c.checks).filter((e) => e.status === "fail" || e.status === "warn");
    expect(failing.length).toBeGreaterThan(3);
    for (const e of failing) {
      const title = resources[`component.security_scorecard.issues.${e.check.id}.title`];
      expect(title, e.check.id).toBe(de[`checks.${e.check.id}.problem`]);
      expect(title, e.check.id).not.toBe(ENGLISH[`checks.${e.check.id}.problem`]);
      expect(resources[`component.security_scorecard.issues.${e.check.id}.description`], e.check.id).toContain("**Wo:** {where}");
    }
  });

  it("a sync raises the issues with a `where` that names file:line, never a value", async () => {
    const payload = syncPayload(scorecard);
    expect(payload).not.toBeNull();
    if (payload === null) return;
    await wsCommand(ha.url, ha.adminToken, { type: "security_scorecard/sync", ...payload });
    const { issues } = await wsCommand<{ issues: Issue[] }>(ha.url, ha.adminToken, { type: "repairs/list_issues" });
    const ours = issues.filter((i) => i.domain === "security_scorecard");
    const id = PLACED_CRITICAL[ha.release];
    const issue = ours.find((i) => i.issue_id === id);
    expect(issue?.translation_key).toBe(id);
    const evidence = scorecard.categories.flatMap((c) => c.checks).find((e) => e.check.id === id)?.result.evidence ?? [];
    expect(issue?.translation_placeholders?.where).toBe(wherePlaceholder(evidence));
    expect(issue?.translation_placeholders?.where).toMatch(/^configuration\.yaml:\d+/);
    for (const i of ours) expect(i.translation_placeholders?.where, i.issue_id).toBeTruthy();
    expect(JSON.stringify(ours)).not.toContain(CANARY);
  });
});
