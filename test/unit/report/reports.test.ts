import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormatsImport from "ajv-formats";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/score/evaluate.js";
import { renderJson, renderMarkdown, renderSarif, renderText, toJsonReport } from "../../../src/report/index.js";
import { NOW, facts } from "../../support/facts-builder.js";
import { CANARY, canaryFacts, smallScorecard } from "./fixture.js";

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (a: Ajv) => Ajv;

function readJson(rel: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as Record<string, unknown>;
}

function validator(schema: Record<string, unknown>, unicodeRegExp = true): (data: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`));
}

/**
 * The official SARIF 2.1.0 schema (final, "rtm.5"), copied unchanged from the npm package
 * @microsoft/jest-sarif@1.0.0-beta.0 (lib/schemas/sarif-2.1.0-rtm.5.json). It is draft-04;
 * Ajv 8 reads it once the draft-04 `id` becomes `$id` and `$schema` is dropped (draft-04
 * and draft-07 agree on every keyword this schema uses).
 */
function sarifValidator(): (data: unknown) => string[] {
  const schema = readJson("../../fixtures/sarif/sarif-2.1.0-rtm.5.json");
  const { $schema: _drop, id, ...rest } = schema;
  // Its `language` pattern is not a valid Unicode-mode regexp, so compile patterns without /u.
  return validator({ ...rest, $id: id }, false);
}

describe("text report", () => {
  const sc = smallScorecard();
  const plain = renderText(sc, { color: false });

  it("leads with score, capped grade and its reason, and coverage", () => {
    expect(sc.score).toBe(81);
    expect(plain).toContain("Score: 81/100   Grade: C");
    expect(plain).toContain("capped at C: failed critical check crit-secret");
    expect(plain).toContain("Coverage: 21 of 22 applicable checks assessed (95%)");
  });

  it("lists the top five to fix next, by points", () => {
    const section = plain.slice(plain.indexOf("Fix next"), plain.indexOf("Accounts & authentication"));
    const lines = section.split("\n").filter((l) => /^\s+\d\./.test(l));
    expect(lines).toHaveLength(5);
    // Fix next lists findings: each by its problem, not its goal.
    expect(lines[0]).toMatch(/1\. Problem of crit-secret \[critical\] \+6\.3 points/);
    expect(lines[1]).toContain("owner-mfa");
    expect(lines[2]).toContain("weak-login");
    expect(section).not.toContain("u3");
    expect(section).not.toContain("accepted"); // risk accepted: not nagged
  });

  it("shows each check with symbol, severity, title (problem when failing), evidence and learn-more for failures only", () => {
    expect(plain).toMatch(/✗ critical +Problem of crit-secret/);
    expect(plain).toContain("configuration.yaml:12 mqtt.password is a literal credential");
    expect(plain).toContain("packages/my pkg.yaml looks like a secrets file (1 literal value(s))");
    expect(plain).toContain("Learn more: https://www.home-assistant.io/docs/crit-secret/");
    expect(plain).toMatch(/✓ high +Title of good/);
    expect(plain).not.toContain("Learn more: https://www.home-assistant.io/docs/good/");
    expect(plain).toMatch(/! medium +Problem of weak-login/);
    expect(plain).toMatch(/\? high +Title of needs-backend/);
    expect(plain).toContain("not assessed: http unavailable: unavailable in test: backend_absent");
    expect(plain).toMatch(/– medium +Title of na/);
    expect(plain).toContain("[risk accepted: lab instance]");
  });

  it("uses colour only when asked", () => {
    expect(plain).not.toContain("\u001b[");
    const coloured = renderText(sc, { color: true });
    expect(coloured).toContain("\u001b[31m✗\u001b[0m");
    // eslint-disable-next-line no-control-regex -- stripping the ANSI codes is the point
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(plain);
  });

  it("shows V with the would-be grade and the advisory", () => {
    const f = canaryFacts();
    const cfg = f.config.ok ? f.config.value : null;
    const old = evaluate({ ...f, config: { ok: true, source: "get_config", value: { ...cfg!, version: "2023.12.0" } } }, { now: NOW, catalog: [] });
    const t = renderText(old, { color: false });
    expect(t).toContain("Grade: V (vulnerable version; would be N/A)");
    expect(t).toContain("GHSA-jqpc-rc7g-vf83 (CVE-2023-50715)");
    expect(t).toContain("https://github.com/home-assistant/core/security/advisories/GHSA-jqpc-rc7g-vf83");
  });
});

describe("JSON report", () => {
  const sc = smallScorecard();
  const validate = validator(readJson("../../../src/report/report.schema.json"));

  it("validates against its schema", () => {
    const doc = JSON.parse(renderJson(sc)) as unknown;
    expect(validate(doc)).toEqual([]);
    expect(validate(toJsonReport(evaluate(facts(), { now: NOW })))).toEqual([]);
  });

  it("is versioned and carries the figures", () => {
    const doc = toJsonReport(sc);
    expect(doc.schema).toBe("ha-security-scorecard/report@1");
    expect(doc.score).toBe(81);
    expect(doc.grade).toBe("C");
    expect(doc.uncapped_grade).toBe("B+");
    expect(doc.fix_next[0]).toEqual({ id: "crit-secret", recoverable: 6.3 });
    const crit = doc.categories.find((c) => c.id === "secrets")?.checks[0];
    expect(crit?.title).toBe("Title of crit-secret");
    expect(crit?.problem).toBe("Problem of crit-secret");
    expect(crit?.evidence[0]).toEqual({
      text: "configuration.yaml:12 mqtt.password is a literal credential",
      key: "evidence.secrets-plaintext-credential.literal",
      params: { path: "mqtt.password" },
      file: "configuration.yaml",
      line: 12,
    });
    const acc = doc.categories.find((c) => c.id === "network")?.checks.find((c) => c.id === "accepted");
    expect(acc?.override).toEqual({ kind: "risk_accepted", reason: "lab instance" });
  });

  it("rejects a document that breaks the schema (the schema is not vacuous)", () => {
    const doc = toJsonReport(sc) as unknown as Record<string, unknown>;
    expect(validate({ ...doc, schema: "other@2" })).not.toEqual([]);
    expect(validate({ ...doc, score: 101 })).not.toEqual([]);
    expect(validate({ ...doc, extra: 1 })).not.toEqual([]);
  });
});

describe("Markdown report", () => {
  const md = renderMarkdown(smallScorecard());

  it("has the summary, fix-next list and one table per category", () => {
    expect(md).toContain("**Score 81/100 · Grade C**");
    expect(md).toContain("> capped at C: failed critical check crit-secret");
    expect(md).toMatch(/^1\. \*\*Problem of crit-secret\*\* \(critical, \+6\.3 points\)/m);
    expect(md).toContain("## Accounts & authentication");
    expect(md).toContain("| ❌ fail | critical | Problem of crit-secret <br>`crit-secret` |");
    expect(md).toContain("| ✅ pass | high | Title of good <br>`good` |");
    expect(md).not.toContain("## Host & add-ons\n\n| Status |\n\n##"); // host has rows
  });

  it("escapes table-breaking characters from evidence", () => {
    expect(md).toContain('Owner "Owner \\| x" has no multi-factor authentication module enabled');
    const row = md.split("\n").find((l) => l.includes("owner-mfa`"));
    expect(row?.split(/(?<!\\)\|/).length).toBe(6); // 4 cells + the two outer bars
  });
});

describe("SARIF report", () => {
  const validateSarif = sarifValidator();

  it("validates against the official SARIF 2.1.0 schema", () => {
    const live = JSON.parse(renderSarif(smallScorecard(), { toolVersion: "0.1.0" })) as unknown;
    expect(validateSarif(live)).toEqual([]);
    const offline = JSON.parse(renderSarif(smallScorecard(canaryFacts({ mode: "offline" })), { toolVersion: "0.1.0" })) as unknown;
    expect(validateSarif(offline)).toEqual([]);
    expect(validateSarif(JSON.parse(renderSarif(evaluate(facts(), { now: NOW }), { toolVersion: "0.1.0" })))).toEqual([]);
  });

  it("the validator catches a broken log", () => {
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
  });

  interface Rule { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; helpUri: string; properties: Record<string, unknown> }
  interface Result { ruleId: string; level: string; message: { text: string }; locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number } } }[]; suppressions?: { justification: string }[] }
  function run(mode: "live" | "offline" = "live"): { rules: Rule[]; results: Result[]; originalUriBaseIds?: Record<string, { uri: string }> } {
    const log = JSON.parse(renderSarif(smallScorecard(canaryFacts({ mode })), { toolVersion: "9.9.9" })) as {
      runs: { tool: { driver: { rules: Rule[]; version: string } }; results: Result[]; originalUriBaseIds?: Record<string, { uri: string }> }[];
    };
    const r = log.runs[0]!;
    expect(r.tool.driver.version).toBe("9.9.9");
    return { rules: r.tool.driver.rules, results: r.results, ...(r.originalUriBaseIds ? { originalUriBaseIds: r.originalUriBaseIds } : {}) };
  }

  it("has one rule per check with title, why, fix and link", () => {
    const { rules } = run();
    expect(rules).toHaveLength(23);
    const crit = rules.find((r) => r.id === "crit-secret")!;
    expect(crit.name).toBe("CritSecret");
    expect(crit.shortDescription.text).toBe("Title of crit-secret");
    expect(crit.fullDescription.text).toBe("Why crit-secret matters.");
    expect(crit.help.text).toBe("Fix crit-secret.");
    expect(crit.helpUri).toBe("https://www.home-assistant.io/docs/crit-secret/");
    expect(crit.properties["security-severity"]).toBe("9.5");
    expect(crit.properties["problem.severity"]).toBe("error");
    expect(rules.find((r) => r.id === "info-only")!.properties["security-severity"]).toBeUndefined();
  });

  it("has one result per evidence of failing and warning checks, with levels and locations", () => {
    const { results, originalUriBaseIds } = run();
    const ids = results.map((r) => r.ruleId);
    expect(ids.filter((i) => i === "crit-secret")).toHaveLength(2);
    expect(ids).not.toContain("good");
    expect(ids).not.toContain("needs-backend");
    const [first, second] = results.filter((r) => r.ruleId === "crit-secret");
    expect(first?.level).toBe("error");
    expect(first?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "configuration.yaml", uriBaseId: "HA_CONFIG" },
      region: { startLine: 12 },
    });
    expect(second?.locations?.[0]?.physicalLocation).toEqual({ artifactLocation: { uri: "packages/my%20pkg.yaml", uriBaseId: "HA_CONFIG" } });
    expect(originalUriBaseIds?.HA_CONFIG?.uri).toBe("file:///config/");
    expect(results.find((r) => r.ruleId === "weak-login")?.level).toBe("warning");
    expect(results.find((r) => r.ruleId === "u1")?.level).toBe("note");
    expect(results.find((r) => r.ruleId === "owner-mfa")?.locations).toBeUndefined();
    const accepted = results.find((r) => r.ruleId === "accepted");
    expect(accepted?.message.text).toBe("Problem of accepted");
    expect(first?.message.text).toBe("Problem of crit-secret: mqtt.password is a literal credential");
    expect(accepted?.suppressions?.[0]?.justification).toBe("risk accepted: lab instance");
  });

  it("uses %SRCROOT% for lint-config (offline) paths", () => {
    const { results, originalUriBaseIds } = run("offline");
    expect(results.find((r) => r.ruleId === "crit-secret")?.locations?.[0]?.physicalLocation.artifactLocation.uriBaseId).toBe("%SRCROOT%");
    expect(originalUriBaseIds).toBeUndefined();
  });
});

describe("no report prints a secret", () => {
  it("the canary in facts never reaches any format", () => {
    for (const sc of [smallScorecard(), evaluate(canaryFacts(), { now: NOW })]) {
      const outputs = [
        renderText(sc, { color: false }),
        renderText(sc, { color: true }),
        renderJson(sc),
        renderMarkdown(sc),
        renderSarif(sc, { toolVersion: "0.1.0" }),
      ];
      for (const o of outputs) expect(o).not.toContain(CANARY);
    }
  });
});
