// @vitest-environment happy-dom
/**
 * The card's catalog texts: a failing row and Fix next state the problem, a passing row its
 * goal; with the user's language German, every check text, category title and piece of
 * evidence comes from the on-demand German file and none renders in English.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetLanguages } from "../../card/localize.js";
import { CATALOG } from "../../src/checks/catalog.js";
import { cardTranslationFile } from "../../src/i18n/card-files.js";
import { LANGUAGE_TABLES } from "../../src/i18n/languages.js";
import { ENGLISH } from "../../src/i18n/texts.js";
import type { Facts } from "../../src/facts/types.js";
import { evaluate } from "../../src/score/evaluate.js";
import { HTTP_DEFAULT, OWNER, facts, ok } from "../support/facts-builder.js";
import { FakeConnection, checkEl, fakeHass, mount, openAllCategories, root, settle, testDeps } from "./support.js";

const ROOT = join(import.meta.dirname, "../..");
const ON_DEMAND_DE = join(ROOT, "custom_components/security_scorecard/frontend/translations/de.json");

/** Owner without MFA, IP bans off, the legacy API password on: real checks fail and pass. */
function weak(): Facts {
  return facts({
    accounts: ok([{ ...OWNER, mfa_modules: [] }]),
    http: ok({ ...HTTP_DEFAULT, ip_ban_enabled: false }),
    auth_providers: ok({
      providers: [
        { type: "homeassistant", id: null, name: "Home Assistant Local", trusted_networks: null, trusted_users_networks: null, allow_bypass_login: null },
        { type: "legacy_api_password", id: null, name: "API Password", trusted_networks: null, trusted_users_networks: null, allow_bypass_login: null },
      ],
      mfa_modules: [],
    }),
  });
}

const realCatalog = () => testDeps(() => weak(), { evaluate: (f, o) => evaluate(f, o) });

async function openEveryCheck(card: HTMLElement): Promise<void> {
  for (const c of CATALOG) {
    const el = checkEl(card, c.id);
    el.open = true;
    await el.updateComplete;
  }
  await settle(card as HTMLElement & { updateComplete: Promise<unknown> });
}

/** Every catalog-derived text the card shows: row headings, why, fix, evidence, Fix next, category titles. */
function catalogTexts(card: HTMLElement): string[] {
  const out: string[] = [];
  for (const c of CATALOG) {
    const sr = checkEl(card, c.id).shadowRoot;
    for (const sel of [".title", ".fix", ".evidence li", ".details > p:not(.override):not(.reason):not(.hint):not(.fix)"]) {
      for (const el of sr?.querySelectorAll(sel) ?? []) out.push((el.textContent ?? "").trim());
    }
  }
  for (const el of root(card).querySelectorAll("ol.fix-next li button, .cat-title")) out.push((el.textContent ?? "").trim());
  return out.filter((s) => s !== "");
}

afterEach(() => {
  resetLanguages();
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("problem statements", () => {
  it("Fix next and failing rows state the problem; passing rows keep the goal", async () => {
    const { deps } = realCatalog();
    const card = await mount(fakeHass(new FakeConnection()), deps);
    const first = root(card).querySelector("ol.fix-next li");
    expect(first?.getAttribute("data-check")).toBe("auth-legacy-api-password");
    expect(first?.querySelector("button")?.textContent).toBe("The legacy API password login is enabled");
    await openAllCategories(card);
    expect(checkEl(card, "auth-legacy-api-password").shadowRoot?.querySelector(".title")?.textContent).toBe("The legacy API password login is enabled");
    expect(checkEl(card, "auth-owner-mfa").shadowRoot?.querySelector(".title")?.textContent).toBe("The owner account has no multi-factor authentication");
    const passing = evaluate(weak(), { now: new Date() }).categories.flatMap((c) => c.checks).find((e) => e.status === "pass");
    expect(passing).toBeDefined();
    if (passing) expect(checkEl(card, passing.check.id).shadowRoot?.querySelector(".title")?.textContent).toBe(passing.check.title);
  });
});

describe("German", () => {
  it("the integration's on-demand German file carries the card strings and the catalog texts (fresh)", () => {
    const cardUi = JSON.parse(readFileSync(join(ROOT, "card/translations/de.json"), "utf8")) as Record<string, string>;
    expect(readFileSync(ON_DEMAND_DE, "utf8")).toBe(cardTranslationFile(cardUi, LANGUAGE_TABLES.de ?? {}));
  });

  it("with the user's language German, no catalog string renders in English", async () => {
    const file = readFileSync(ON_DEMAND_DE, "utf8");
    vi.stubGlobal("fetch", async () => new Response(file));
    const { deps } = realCatalog();
    const card = await mount(fakeHass(new FakeConnection(), { language: "de" }), deps);
    await openAllCategories(card);
    await openEveryCheck(card);
    const shown = catalogTexts(card);
    expect(shown.length).toBeGreaterThan(CATALOG.length * 2);
    const de = LANGUAGE_TABLES.de ?? {};
    // A word German shares with English (the category "Updates", as Home Assistant's German UI says) is not English left over.
    const english = new Set(
      Object.entries(ENGLISH).flatMap(([k, v]) => ((k.startsWith("checks.") || k.startsWith("categories.")) && de[k] !== v ? [v] : [])),
    );
    expect(shown.filter((s) => english.has(s))).toEqual([]);
    expect(shown).toContain(de["checks.auth-legacy-api-password.problem"]);
    expect(shown).toContain(de["checks.auth-owner-mfa.why"]);
    expect(shown).toContain(de["categories.accounts"]);
    // Evidence too: the owner's finding in German, the name a parameter.
    expect(shown).toContain('Eigentümer "Owner" hat kein Modul für Multi-Faktor-Authentifizierung aktiviert');
  });

  it("with the user's language German, a row's reason, the cap reason and Fix next's points are German", async () => {
    const file = readFileSync(ON_DEMAND_DE, "utf8");
    vi.stubGlobal("fetch", async () => new Response(file));
    const { deps } = realCatalog();
    const card = await mount(fakeHass(new FakeConnection(), { language: "de" }), deps);
    const de = LANGUAGE_TABLES.de ?? {};
    // IP bans are off, so the login threshold does not apply: its reason, in German.
    await openAllCategories(card);
    const row = checkEl(card, "net-login-threshold");
    row.open = true;
    await row.updateComplete;
    expect(row.shadowRoot?.querySelector(".reason")?.textContent).toBe(de["reasons.net-login-threshold.ip_ban_off"]);
    expect(root(card).querySelector(".cap-reason")?.textContent).toBe("begrenzt auf C: kritische Prüfung auth-legacy-api-password nicht bestanden");
    // 3.9 points, written as German writes a decimal.
    expect(root(card).querySelector("ol.fix-next li .points")?.textContent).toBe("+3,9 Punkte");
  });

  it("stays English, with problem statements, when the German file cannot be loaded", async () => {
    vi.stubGlobal("fetch", async () => new Response("nope", { status: 404 }));
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { deps } = realCatalog();
    const card = await mount(fakeHass(new FakeConnection(), { language: "de" }), deps);
    expect(root(card).querySelector("ol.fix-next li button")?.textContent).toBe("The legacy API password login is enabled");
  });
});
