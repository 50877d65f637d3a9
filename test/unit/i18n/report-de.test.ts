/** The reports in German: the frame (score, coverage, Fix next, statuses, labels) as well as the checks. */
import { describe, expect, it } from "vitest";
import { notAssessed } from "../../../src/checks/result.js";
import { textsFor } from "../../../src/i18n/languages.js";
import { evaluate } from "../../../src/score/evaluate.js";
import { toJsonReport } from "../../../src/report/json.js";
import { renderMarkdown } from "../../../src/report/markdown.js";
import { toSarif } from "../../../src/report/sarif.js";
import { renderText } from "../../../src/report/text.js";
import { NOW } from "../../support/facts-builder.js";
import { SMALL_CATALOG, canaryFacts, smallScorecard } from "../report/fixture.js";
import { check } from "../score/checks.js";

const de = textsFor("de");
const sc = smallScorecard();
/** The English frame words a German report must not show. */
const ENGLISH_FRAME = ["security scorecard", "Score:", "Grade:", "Coverage", "Fix next", "Learn more", "Fix:", "applicable checks assessed", "points", "[critical]", "| critical |", "risk accepted"];

describe("German reports", () => {
  it("text: every label is German", () => {
    const text = renderText(sc, { color: false, texts: de });
    expect(text).toContain("Sicherheits-Scorecard für Home Assistant");
    expect(text).toContain("Punktzahl: 81/100   Note: C");
    expect(text).toContain("Abdeckung: 21 von 22 anwendbaren Prüfungen bewertet (95 %)");
    expect(text).toContain("Als Nächstes beheben");
    expect(text).toMatch(/1\. Problem of crit-secret \[kritisch\] \+6,3 Punkte/);
    expect(text).toContain("configuration.yaml:12 mqtt.password ist eine fest eingetragene Zugangsinformation");
    expect(text).toContain("[Risiko akzeptiert: lab instance]");
    expect(text).toContain("Mehr erfahren: https://www.home-assistant.io/docs/crit-secret/");
    for (const word of ENGLISH_FRAME) expect(text, word).not.toContain(word);
  });

  it("Markdown: every label is German", () => {
    const md = renderMarkdown(sc, de);
    expect(md).toContain("# Sicherheits-Scorecard für Home Assistant");
    expect(md).toContain("**Punktzahl 81/100 · Note C**");
    expect(md).toContain("## Als Nächstes beheben");
    expect(md).toContain("| Status | Schweregrad | Prüfung | Details |");
    expect(md).toContain("| ❌ nicht bestanden | kritisch | Problem of crit-secret <br>`crit-secret` |");
    for (const word of ENGLISH_FRAME) expect(md, word).not.toContain(word);
  });

  it("SARIF: rule help and suppression in German", () => {
    const doc = JSON.stringify(toSarif(sc, { toolVersion: "0.1.0", texts: de }));
    expect(doc).toContain("[Mehr erfahren]");
    expect(doc).toContain("Risiko akzeptiert: lab instance");
    expect(doc).toContain("Der Konfigurationsordner von Home Assistant.");
    expect(doc).not.toContain("Learn more");
  });

  describe("reasons and the cap", () => {
    // The small scorecard (capped at C, a not-applicable check) plus a check the evaluator cannot assess.
    const withUnread = evaluate(canaryFacts(), {
      now: NOW,
      catalog: [...SMALL_CATALOG, check("tokens-unread", "high", notAssessed("no_token_list"))],
      overrides: { accepted: { kind: "risk_accepted", reason: "lab instance" } },
    });
    const CAP_DE = "begrenzt auf C: kritische Prüfung crit-secret nicht bestanden";

    it("text: a not-assessed and a not-applicable check give their reason in German, and so does the cap", () => {
      const text = renderText(withUnread, { color: false, texts: de });
      expect(text).toContain("nicht bewertet: Es konnte keine Token-Liste gelesen werden.");
      expect(text).toContain("nicht zutreffend: Es sind keine Add-ons installiert.");
      expect(text).toContain(`  ${CAP_DE}`);
      expect(text).not.toContain("No token list could be read.");
      expect(text).not.toContain("capped at");
    });

    it("Markdown: the reason and the cap in German", () => {
      const md = renderMarkdown(withUnread, de);
      expect(md).toContain("Es konnte keine Token-Liste gelesen werden.");
      expect(md).toContain(`> ${CAP_DE}`);
      expect(md).not.toContain("capped at");
    });

    it("JSON: reason and cap_reason rendered in German, with the reason's key and parameters beside it", () => {
      const report = toJsonReport(withUnread, de);
      const checks = new Map(report.categories.flatMap((c) => c.checks).map((c) => [c.id, c]));
      expect(checks.get("tokens-unread")).toMatchObject({ reason: "Es konnte keine Token-Liste gelesen werden.", reason_key: "reasons.no_token_list", reason_params: {} });
      expect(checks.get("na")).toMatchObject({ reason: "Es sind keine Add-ons installiert.", reason_key: "reasons.no_addons" });
      expect(checks.get("good")?.reason).toBeNull();
      expect(checks.get("good")).not.toHaveProperty("reason_key");
      expect(report.cap_reason).toBe(CAP_DE);
    });

    it("SARIF: the cap reason in German", () => {
      const run = toSarif(withUnread, { toolVersion: "0.1.0", texts: de }).runs as { properties: { capReason: string | null } }[];
      expect(run[0]?.properties.capReason).toBe(CAP_DE);
    });

    it("a gate reason: the fact in German words, the collector's own text as it is", () => {
      const gated = evaluate(canaryFacts(), { now: NOW, catalog: [check("needs-http", "high", { status: "pass", evidence: [] }, { needs: ["http"] })] });
      const text = renderText(gated, { color: false, texts: de });
      expect(text).toContain("nicht bewertet: http nicht verfügbar: unavailable in test: backend_absent");
    });
  });
});
