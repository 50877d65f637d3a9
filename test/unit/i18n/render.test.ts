/** One render for every output: a message key with parameters, per language, place first. */
import { describe, expect, it } from "vitest";
import { ev, msg, notAssessed, reasonMsg } from "../../../src/checks/result.js";
import { textsFor, languageFromEnv, supportedLanguage } from "../../../src/i18n/languages.js";
import { formatMessage, formatNumber, lookupIn } from "../../../src/i18n/message.js";
import { ENGLISH_TEXTS } from "../../../src/i18n/texts.js";
import { check } from "../score/checks.js";

describe("render", () => {
  const de = textsFor("de");
  const owner = ev("auth-owner-mfa.owner_none", { name: msg("common.unnamed_user") });

  it("renders a message, and a message parameter, in the chosen language", () => {
    expect(ENGLISH_TEXTS.message(owner)).toBe("Owner an unnamed user has no multi-factor authentication module enabled");
    expect(de.message(owner)).toBe("Eigentümer ein unbenannter Benutzer hat kein Modul für Multi-Faktor-Authentifizierung aktiviert");
  });

  it("puts the place (file:line) before the message and keeps file and line as fields", () => {
    const e = ev("secrets-plaintext-credential.literal", { path: "mqtt.password" }, "configuration.yaml", 12);
    expect(e).toEqual({ key: "evidence.secrets-plaintext-credential.literal", params: { path: "mqtt.password" }, file: "configuration.yaml", line: 12 });
    expect(ENGLISH_TEXTS.evidence(e)).toBe("configuration.yaml:12 mqtt.password is a literal credential");
    expect(de.evidence(e)).toBe("configuration.yaml:12 mqtt.password ist eine fest eingetragene Zugangsinformation");
  });

  it("falls back to English for a key the language lacks, and to the key itself for an unknown one", () => {
    const lookup = lookupIn({}, { "evidence.x": "English {n}" });
    expect(formatMessage({ key: "evidence.x", params: { n: 2 } }, lookup)).toBe("English 2");
    expect(formatMessage({ key: "evidence.unknown" }, lookup)).toBe("evidence.unknown");
    expect(formatMessage({ key: "evidence.x" }, lookup)).toBe("English {n}");
  });

  it("heads a finding by its problem and anything else by its goal", () => {
    const c = check("auth-legacy-api-password", "critical", { status: "pass", evidence: [] });
    expect(ENGLISH_TEXTS.heading(c, "fail")).toBe("The legacy API password login is enabled");
    expect(ENGLISH_TEXTS.heading(c, "warn")).toBe("The legacy API password login is enabled");
    expect(ENGLISH_TEXTS.heading(c, "pass")).toBe("The legacy API password login is not enabled");
    expect(de.heading(c, "fail")).toBe("Die veraltete API-Passwort-Anmeldung ist aktiviert");
    expect(de.category("accounts")).toBe("Konten und Authentifizierung");
  });
});

describe("numbers", () => {
  it("writes a decimal with the language's separator: 4,4 in German, 4.4 in English", () => {
    const points = { key: "report.points", params: { points: 4.4 } };
    expect(textsFor("de").message(points)).toBe("+4,4 Punkte");
    expect(ENGLISH_TEXTS.message(points)).toBe("+4.4 points");
    expect(formatNumber(-0.25, "de")).toBe("-0,25");
    expect(formatNumber(12345.5, "de")).toBe("12345,5");
  });

  it("leaves integers as plain digits in every language: ports, years and counts get no thousands separator", () => {
    const de = textsFor("de");
    expect(de.message(reasonMsg("update-custom-integrations.no_update_source", { count: 8123 }))).toMatch(/^8123 benutzerdefinierte/);
    expect(de.message(reasonMsg("auth-legacy-api-password.removed", { version: "2024.7" }))).toContain("2024.7");
    expect(formatNumber(8123, "de")).toBe("8123");
    expect(formatNumber(2026, "de")).toBe("2026");
    expect(formatNumber(1234567, "en")).toBe("1234567");
  });

  it("falls back to English for a malformed language tag instead of throwing", () => {
    expect(formatNumber(4.4, "not a tag!")).toBe("4.4");
  });
});

describe("reasons", () => {
  it("are messages: a key under reasons. and its parameters, rendered per language", () => {
    const r = notAssessed("setting_unread", { key: "http.ssl_profile" });
    expect(r.reason).toEqual({ key: "reasons.setting_unread", params: { key: "http.ssl_profile" } });
    expect(r.reason && ENGLISH_TEXTS.message(r.reason)).toBe("http.ssl_profile could not be read.");
    expect(r.reason && textsFor("de").message(r.reason)).toBe("http.ssl_profile konnte nicht gelesen werden.");
  });

  it("keeps a collector's own text as it is, a parameter", () => {
    const r = reasonMsg("fact_unavailable", { fact: "http", message: "security_scorecard/subscribe failed (home_assistant_error)" });
    expect(textsFor("de").message(r)).toBe("http nicht verfügbar: security_scorecard/subscribe failed (home_assistant_error)");
  });
});

describe("language choice", () => {
  it("reads LC_ALL, then LC_MESSAGES, then LANG, and gives English for C, unset or untranslated", () => {
    expect(languageFromEnv({ LANG: "de_DE.UTF-8" })).toBe("de");
    expect(languageFromEnv({ LC_ALL: "en_US.UTF-8", LANG: "de_DE.UTF-8" })).toBe("en");
    expect(languageFromEnv({ LC_MESSAGES: "de_AT", LANG: "en_GB" })).toBe("de");
    expect(languageFromEnv({ LC_ALL: "", LANG: "de_CH.UTF-8@euro" })).toBe("de");
    expect(languageFromEnv({ LANG: "C.UTF-8" })).toBe("en");
    expect(languageFromEnv({ LANG: "fr_FR.UTF-8" })).toBe("en");
    expect(languageFromEnv({})).toBe("en");
  });

  it("knows a language by its tag or its base language only", () => {
    expect(supportedLanguage("de")).toBe("de");
    expect(supportedLanguage("DE-ch")).toBe("de");
    expect(supportedLanguage("fr")).toBeNull();
    expect(supportedLanguage("")).toBeNull();
  });
});
