/** The reports in German: the frame (score, coverage, Fix next, statuses, labels) as well as the checks. */
import { describe, expect, it } from "vitest";
import { textsFor } from "../../../src/i18n/languages.js";
import { renderMarkdown } from "../../../src/report/markdown.js";
import { toSarif } from "../../../src/report/sarif.js";
import { renderText } from "../../../src/report/text.js";
import { smallScorecard } from "../report/fixture.js";

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
    expect(text).toMatch(/1\. Problem of crit-secret \[kritisch\] \+6\.3 Punkte/);
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
});
