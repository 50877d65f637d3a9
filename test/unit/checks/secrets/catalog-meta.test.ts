import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { backupsChecks } from "../../../../src/checks/backups/index.js";
import { hostChecks } from "../../../../src/checks/host/index.js";
import { secretsChecks } from "../../../../src/checks/secrets/index.js";
import type { CategoryId, Check } from "../../../../src/checks/types.js";
import { updatesChecks } from "../../../../src/checks/updates/index.js";
import { FACT_KEYS } from "../../../../src/facts/types.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const groups: readonly [CategoryId, readonly Check[]][] = [
  ["secrets", secretsChecks],
  ["updates", updatesChecks],
  ["backups", backupsChecks],
  ["host", hostChecks],
];
const all = groups.flatMap(([, checks]) => checks);
const PREFIX: Record<string, readonly string[]> = { secrets: ["secrets-", "config-"], updates: ["update-"], backups: ["backup-"], host: ["host-"] };

describe("catalog of secrets, updates, backups and host", () => {
  it("has the checks the brief asks for", () => {
    expect(all.length).toBeGreaterThanOrEqual(34);
  });

  it("uses unique kebab-case ids with the category prefix", () => {
    const ids = all.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [cat, checks] of groups) {
      for (const c of checks) {
        expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(c.category).toBe(cat);
        expect(PREFIX[cat]?.some((p) => c.id.startsWith(p)), c.id).toBe(true);
      }
    }
  });

  it.each(all.map((c) => [c.id, c] as const))("%s has text, an official link and known needs", (_id, c) => {
    expect(c.title.trim()).not.toBe("");
    expect(c.why.trim().length).toBeGreaterThan(20);
    expect(c.fix.trim().length).toBeGreaterThan(20);
    const url = new URL(c.learnMoreUrl);
    expect(url.protocol).toBe("https:");
    // Official documentation: Home Assistant's sites, or an official add-on's own DOCS.md in
    // Home Assistant's add-on repository (the add-on's documentation page links there).
    const official =
      ["www.home-assistant.io", "developers.home-assistant.io"].includes(url.hostname) ||
      (url.hostname === "github.com" && /^\/home-assistant\/addons\/blob\/master\/[a-z_]+\/DOCS\.md$/.test(url.pathname));
    expect(official, c.learnMoreUrl).toBe(true);
    expect(c.needs.length).toBeGreaterThan(0);
    for (const n of c.needs) expect(FACT_KEYS).toContain(n);
    for (const o of c.optional ?? []) expect(c.needs).toContain(o);
    if (c.fixPath !== undefined) expect(c.fixPath).toMatch(/^\/[a-z]/);
    expect(["critical", "high", "medium", "low", "info"]).toContain(c.severity);
  });

  it("keeps one source file and one test file per check, named by id", () => {
    for (const [cat, checks] of groups) {
      for (const c of checks) {
        expect(existsSync(`${root}src/checks/${cat}/${c.id}.ts`), c.id).toBe(true);
        expect(existsSync(`${root}test/unit/checks/${cat}/${c.id}.test.ts`), c.id).toBe(true);
      }
    }
  });
});
