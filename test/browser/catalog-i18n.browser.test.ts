/**
 * In a real Home Assistant + Chromium (each supported release): an owner whose profile
 * language is German sees every check text of the card — row headings (problem statements
 * for findings), why, fix, evidence, Fix next and category titles — in German, loaded from
 * the integration's on-demand translation file; a test compares every rendered text with
 * the English catalog strings. An English owner's Fix next states problems, not goals.
 *
 * Chromium: Debian's /usr/bin/chromium, as in card.browser.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CATALOG } from "../../src/checks/catalog.js";
import { LANGUAGE_TABLES } from "../../src/i18n/languages.js";
import { ENGLISH } from "../../src/i18n/texts.js";
import { DASHBOARD_PATH, ensureScorecardDashboard } from "../ha/dashboard.js";
import type { HarnessInfo } from "../ha/types.js";
import type { HaRelease } from "../ha/versions.js";

const ha: HarnessInfo = inject("ha");
const CARD = "security-scorecard-card";
const de = LANGUAGE_TABLES.de ?? {};
/** The weak config's critical account finding per release (as in card.browser.test.ts). */
const FINDING: Record<HaRelease, string> = {
  "2024.3.3": "auth-legacy-api-password",
  "2026.10.4": "auth-trusted-networks-broad",
};

let context: BrowserContext | undefined;
let dir = "";
let dashboardUrl = "";

async function login(): Promise<Page> {
  dir = mkdtempSync(join(tmpdir(), "ssc-i18n-chromium-"));
  context = await chromium.launchPersistentContext(dir, {
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    headless: true,
    viewport: { width: 1000, height: 2400 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(dashboardUrl);
  const inputs = page.locator("ha-auth-flow input");
  await inputs.first().waitFor({ timeout: 60_000 });
  await inputs.nth(0).fill(ha.owner.username);
  await inputs.nth(1).fill(ha.owner.password);
  await inputs.nth(1).press("Enter");
  await page.waitForURL((u) => u.pathname.startsWith(`/${DASHBOARD_PATH}`) && !u.searchParams.has("auth_callback"), { timeout: 60_000 });
  await page.locator(`${CARD} .grade`).waitFor({ timeout: 120_000 });
  return page;
}

async function pageCommand<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  return page.evaluate(async (msg) => {
    const root = document.querySelector("home-assistant") as (Element & { hass?: { connection: { sendMessagePromise(m: object): Promise<unknown> } } }) | null;
    if (!root?.hass) throw new Error("no hass on <home-assistant>");
    return root.hass.connection.sendMessagePromise(msg);
  }, message) as Promise<T>;
}

/** Open every category and every check, then read every catalog-derived text the card shows. */
async function shownTexts(page: Page): Promise<{ texts: string[]; fixNext: string[] }> {
  return page.locator(CARD).first().evaluate(async (card) => {
    const root = card.shadowRoot;
    if (root === null) throw new Error("no shadow root");
    const settle = () => new Promise((r) => setTimeout(r, 50));
    for (const b of root.querySelectorAll<HTMLButtonElement>("section.category > button")) if (b.getAttribute("aria-expanded") !== "true") b.click();
    await settle();
    for (const el of root.querySelectorAll<HTMLElement & { open: boolean }>("security-scorecard-check")) el.open = true;
    await settle();
    const texts: string[] = [];
    const read = (scope: ParentNode, selector: string) => {
      for (const el of scope.querySelectorAll(selector)) texts.push((el.textContent ?? "").replace(/\s+/g, " ").trim());
    };
    for (const el of root.querySelectorAll("security-scorecard-check")) {
      if (el.shadowRoot) read(el.shadowRoot, ".title, .details > p, .evidence li");
    }
    read(root, ".cat-title");
    const fixNext = [...root.querySelectorAll("ol.fix-next li button")].map((b) => (b.textContent ?? "").trim());
    return { texts: [...texts, ...fixNext].filter((t) => t !== ""), fixNext };
  });
}

beforeAll(async () => {
  dashboardUrl = await ensureScorecardDashboard(ha);
}, 120_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the card's check texts in the owner's language", () => {
  it("English: Fix next and the failing critical row state the problem", async () => {
    const page = await login();
    const finding = FINDING[ha.release];
    await expect.poll(async () => (await shownTexts(page)).fixNext, { timeout: 60_000 }).toContain(ENGLISH[`checks.${finding}.problem`]);
    const { fixNext } = await shownTexts(page);
    const goals = new Set(CATALOG.map((c) => c.title));
    expect(fixNext.filter((t) => goals.has(t))).toEqual([]);
  });

  it("German: no catalog string renders in English", async () => {
    const page = await login();
    const before = await pageCommand<{ value: unknown }>(page, { type: "frontend/get_user_data", key: "language" });
    await pageCommand(page, { type: "frontend/set_user_data", key: "language", value: { language: "de" } });
    try {
      await page.reload();
      await page.locator(`${CARD} .grade`).waitFor({ timeout: 120_000 });
      const finding = FINDING[ha.release];
      await expect.poll(async () => (await shownTexts(page)).fixNext, { timeout: 60_000 }).toContain(de[`checks.${finding}.problem`]);
      const { texts } = await shownTexts(page);
      expect(texts.length).toBeGreaterThan(CATALOG.length * 2);
      // English catalog strings German words differently (a shared word such as "Updates" is not left-over English).
      const english = new Set(
        Object.entries(ENGLISH).flatMap(([k, v]) => ((k.startsWith("checks.") || k.startsWith("categories.")) && de[k] !== v ? [v] : [])),
      );
      expect(texts.filter((t) => english.has(t))).toEqual([]);
      expect(texts).toContain(de["categories.accounts"]);
      expect(texts).toContain(de[`checks.${finding}.why`]);
    } finally {
      await pageCommand(page, { type: "frontend/set_user_data", key: "language", value: before.value ?? null });
    }
  });
});
