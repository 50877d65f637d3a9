/**
 * `--lang`: lint-config (and audit, same option) renders every check text and every piece
 * of evidence in the chosen language; the default comes from the environment's locale.
 */
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../../src/checks/catalog.js";
import { LANGUAGE_TABLES } from "../../../src/i18n/languages.js";
import { formatMessage, lookupIn } from "../../../src/i18n/message.js";
import { CATALOG_FIELDS, ENGLISH, checkKey } from "../../../src/i18n/texts.js";
import type { JsonReport } from "../../../src/report/json.js";
import { lint, tempConfig } from "../lint/harness.js";

const CONFIG = {
  "configuration.yaml": [
    "homeassistant:",
    "  auth_providers:",
    "    - type: trusted_networks",
    "      trusted_networks:",
    "        - 0.0.0.0/0",
    "      allow_bypass_login: true",
    "http:",
    "  cors_allowed_origins:",
    "    - '*'",
    "mqtt:",
    "  password: hunter2hunter2",
    "",
  ].join("\n"),
};

async function report(argv: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<{ code: number; report: JsonReport | null; stderr: string }> {
  const { dir, cleanup } = tempConfig(CONFIG);
  try {
    const run = await lint([dir, "--format", "json", "--all", "--fail-on", "none", ...argv], env);
    return { code: run.code, report: run.code === 2 ? null : (JSON.parse(run.stdout) as JsonReport), stderr: run.stderr };
  } finally {
    cleanup();
  }
}

const de = LANGUAGE_TABLES.de ?? {};

describe("lint-config --lang de --format json", () => {
  it("gives every check's title, problem, why and fix in German, the problem never the title", async () => {
    const { report: doc } = await report(["--lang", "de"]);
    expect(doc?.lang).toBe("de");
    const checks = doc?.categories.flatMap((c) => c.checks) ?? [];
    expect(checks.map((c) => c.id).sort()).toEqual(CATALOG.map((c) => c.id).sort());
    for (const c of checks) {
      for (const field of CATALOG_FIELDS) {
        expect(c[field], `${c.id}.${field}`).toBe(de[checkKey(c.id, field)]);
        expect(c[field], `${c.id}.${field}`).not.toBe(ENGLISH[checkKey(c.id, field)]);
      }
      expect(c.problem, c.id).not.toBe(c.title);
    }
    expect(doc?.categories.find((c) => c.id === "accounts")?.title).toBe("Konten und Authentifizierung");
  });

  it("renders every piece of evidence in German from its key and parameters, file:line first", async () => {
    const [{ report: german }, { report: english }] = await Promise.all([report(["--lang", "de"]), report(["--lang", "en"])]);
    const evidence = (doc: JsonReport | null) => doc?.categories.flatMap((c) => c.checks.flatMap((ch) => ch.evidence)) ?? [];
    const deEvidence = evidence(german);
    expect(deEvidence.length).toBeGreaterThan(5);
    const lookup = lookupIn(de, ENGLISH);
    for (const e of deEvidence) {
      const place = e.file === undefined ? "" : `${e.file}${e.line === undefined ? "" : `:${e.line}`} `;
      expect(e.text).toBe(`${place}${formatMessage({ key: e.key, params: e.params }, lookup)}`);
    }
    // Same findings, other words: every message German has its own text for differs from the English one.
    const enEvidence = evidence(english);
    expect(enEvidence.map((e) => e.key)).toEqual(deEvidence.map((e) => e.key));
    deEvidence.forEach((e, i) => {
      if (de[e.key] !== ENGLISH[e.key]) expect(e.text).not.toBe(enEvidence[i]?.text);
    });
    const broad = deEvidence.find((e) => e.key === "evidence.auth-trusted-networks-broad.too_broad");
    expect(broad?.text).toBe("configuration.yaml:5 trusted_networks enthält 0.0.0.0/0 (jede Adresse)");
    expect(JSON.stringify(german)).not.toContain("hunter2");
  });

  it("takes the language from LC_ALL, LC_MESSAGES or LANG when --lang is not given", async () => {
    expect((await report([], { LANG: "de_DE.UTF-8" })).report?.lang).toBe("de");
    expect((await report([], { LC_ALL: "C", LANG: "de_DE.UTF-8" })).report?.lang).toBe("en");
    expect((await report([])).report?.lang).toBe("en");
  });

  it("refuses a language it has no translation for, with a clear error", async () => {
    const { code, stderr } = await report(["--lang", "xx"]);
    expect(code).toBe(2);
    expect(stderr).toContain('invalid --lang "xx": use one of en, de');
  });
});
