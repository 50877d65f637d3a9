/**
 * The card in a real browser against a real Home Assistant (weak config, integration
 * installed, which serves the card on every page): log in through the real login page,
 * open a dashboard with the card, check grade, a failing check and its link, the admin-only
 * state for a non-admin, recovery after a restart without reload, screenshots light/dark,
 * no console errors from the card, and an axe-core scan of the card.
 *
 * Chromium: Debian's /usr/bin/chromium (scripts/bootstrap.mjs installs it from Debian's packages).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { HarnessInfo } from "../ha/types.js";
import type { HaRelease } from "../ha/versions.js";
import { DASHBOARD_PATH, ensureScorecardDashboard } from "../ha/dashboard.js";
import { requestRestart } from "./control.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
let dashboardUrl = "";
const SHOTS = join(process.cwd(), "test-results", "screenshots");
const CARD = "security-scorecard-card";
const ADMIN_ONLY_FRAMES = /"type":"(security_scorecard\/[a-z_]+|config\/auth\/list|auth\/refresh_tokens_all)"/;
/** What the frontend already holds (hass.states, hass.entities): the card must not download it again. */
const HELD_BY_FRONTEND = /"type":"(get_states|config\/entity_registry\/list)"/;
const TRANSLATIONS = /\/security_scorecard\/translations\/[a-z]+\.json/;

const ha: HarnessInfo = inject("ha");

/**
 * The failing critical account check the owner opens, per release: the legacy API password
 * where the release has that provider, else the /8 in trusted networks (same docs page).
 */
const FINDING: Record<HaRelease, { check: string; details: string }> = {
  "2024.3.3": { check: "auth-legacy-api-password", details: "legacy_api_password" },
  "2026.10.4": { check: "auth-trusted-networks-broad", details: "10.0.0.0/8" },
};
/** Provided by test/ha/global-setup.ts: POST /restart restarts the weak instance. */
const control = inject("haControl");
const dirs: string[] = [];
const contexts: BrowserContext[] = [];

interface Session {
  readonly page: Page;
  /** Console errors and page errors that come from the card's bundle. */
  readonly cardErrors: string[];
  /** WebSocket frames the page sent. */
  readonly sent: string[];
  /** HTTP requests the page made (URLs). */
  readonly requests: string[];
}

/** Holds Home Assistant's app.js back this long: the card's module then runs first, as on a slow device. */
interface OpenOptions {
  readonly delayAppMs?: number;
}

async function open(user: { username: string; password: string }, options: OpenOptions = {}): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), "ssc-chromium-"));
  dirs.push(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1000, height: 2400 },
    colorScheme: "light",
  });
  contexts.push(context);
  const page = context.pages()[0] ?? (await context.newPage());
  const cardErrors: string[] = [];
  const sent: string[] = [];
  const requests: string[] = [];
  page.on("request", (req) => requests.push(req.url()));
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const where = msg.location().url;
    if (where.includes("security_scorecard") || msg.text().includes("security-scorecard")) cardErrors.push(msg.text());
  });
  page.on("pageerror", (err) => {
    if ((err.stack ?? "").includes("security_scorecard") || err.message.includes("security-scorecard")) cardErrors.push(err.message);
  });
  page.on("websocket", (ws) => ws.on("framesent", (f) => sent.push(typeof f.payload === "string" ? f.payload : f.payload.toString())));

  const { delayAppMs } = options;
  if (delayAppMs !== undefined) {
    await page.route(/\/frontend_latest\/app\.[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delayAppMs));
      await route.continue();
    });
  }

  try {
    await page.goto(dashboardUrl);
    // The real login page (frontend src/auth/ha-authorize.ts): username, password, Enter.
    const inputs = page.locator("ha-auth-flow input");
    await inputs.first().waitFor({ timeout: 60_000 });
    await inputs.nth(0).fill(user.username);
    await inputs.nth(1).fill(user.password);
    await inputs.nth(1).press("Enter");
    await page.waitForURL((u) => u.pathname.startsWith(`/${DASHBOARD_PATH}`) && !u.searchParams.has("auth_callback"), { timeout: 60_000 });
    await page.locator(CARD).waitFor({ timeout: 60_000 });
  } catch (err) {
    await page.screenshot({ path: join(SHOTS, `failed-login-${user.username}.png`) }).catch(() => undefined);
    // What the page was given: its module scripts (the card's comes from add_extra_js_url),
    // whether the card's URL answers, and the card's own errors.
    const scripts = await page
      .evaluate(async () => {
        // index.html imports each extra module with an inline `import("…")`.
        const imports = [...document.scripts].flatMap((s) => [...(s.textContent ?? "").matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1] ?? ""));
        const card = imports.find((src) => src.includes("security_scorecard"));
        const status = card ? (await fetch(card)).status : null;
        const fetched = performance
          .getEntriesByType("resource")
          .filter((e) => e.name.includes("security_scorecard"))
          .map((e) => `${new URL(e.name).pathname} ${Math.round(e.startTime)}+${Math.round(e.duration)} ms`);
        return { imports, card: status, fetched, defined: customElements.get("security-scorecard-card") !== undefined };
      })
      .catch((e: unknown) => String(e));
    throw new Error(
      `login as ${user.username} failed at ${page.url()}: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}; ` +
        `page: ${JSON.stringify(scripts)}; card errors: ${JSON.stringify(cardErrors)}`,
      { cause: err },
    );
  }
  return { page, cardErrors, sent, requests };
}

/** URLs the current document fetched (request events also count pages navigated away from, e.g. before the login). */
async function documentResources(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
}

/** A command on the page's own connection, as the frontend's profile page sends it. */
async function pageCommand<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  return page.evaluate(async (msg) => {
    const root = document.querySelector("home-assistant") as (Element & { hass?: { connection: { sendMessagePromise(m: object): Promise<unknown> } } }) | null;
    if (!root?.hass) throw new Error("no hass on <home-assistant>");
    return root.hass.connection.sendMessagePromise(msg);
  }, message) as Promise<T>;
}

/** The card element's shadow root text. */
async function cardText(page: Page): Promise<string> {
  return (await page.locator(CARD).first().evaluate((el) => el.shadowRoot?.textContent ?? "")).replace(/\s+/g, " ");
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dashboardUrl = await ensureScorecardDashboard(ha);
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("security-scorecard-card in a real browser", () => {
  let owner: Session;

  it("shows the owner a graded scorecard with a critical account finding and its link", async () => {
    owner = await open(ha.owner);
    const { page } = owner;
    const grade = page.locator(`${CARD} .grade`);
    await grade.waitFor({ timeout: 120_000 });
    await page.locator(`${CARD} section[data-category="accounts"] > button`).click();
    const finding = FINDING[ha.release];
    const check = page.locator(`security-scorecard-check[data-check="${finding.check}"]`);
    const row = check.locator("button.row");
    await row.click();
    expect(await row.getAttribute("aria-expanded")).toBe("true");
    const details = async (): Promise<string> =>
      (await check.evaluate((el) => el.shadowRoot?.querySelector(".details")?.textContent ?? "")).replace(/\s+/g, " ");
    // Server facts may arrive after the first evaluation (subscription); wait for the finding.
    await expect.poll(async () => row.textContent(), { timeout: 60_000, message: await details() }).toContain("Failed");
    // The weak config fails a critical check, so the grade is capped at C or worse (or V).
    expect(["C", "C-", "D+", "D", "D-", "F", "V"]).toContain((await grade.textContent())?.trim());
    expect(await page.locator(`${CARD} .coverage`).textContent()).toMatch(/^\d+ % assessed$/);
    expect(await page.locator(`${CARD} ol.fix-next li`).count()).toBeGreaterThan(0);
    const link = check.locator(".actions a");
    expect(await link.getAttribute("href")).toBe("https://www.home-assistant.io/docs/authentication/providers/");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await details()).toContain(finding.details);
    // The card read update entities from hass.states/hass.entities: no download of what the frontend holds.
    expect(owner.sent.filter((f) => HELD_BY_FRONTEND.test(f))).toEqual([]);
    // English is built in: an English user fetches no translation file.
    expect(owner.requests.filter((u) => TRANSLATIONS.test(u))).toEqual([]);
  });

  it("is defined in Home Assistant's element registry even when its module runs before the frontend's app", async () => {
    // index.html imports the card in parallel with app.js, which swaps window.customElements for
    // its scoped-registry polyfill: an element defined before the swap is "Custom element doesn't exist".
    const early = await open(ha.owner, { delayAppMs: 3_000 });
    const arrived = await early.page.evaluate(() => {
      const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const end = (part: string): number => entries.find((e) => e.name.includes(part))?.responseEnd ?? -1;
      return { card: end("/security_scorecard/security-scorecard-card.js"), app: end("/frontend_latest/app.") };
    });
    expect(arrived.card).toBeGreaterThan(0);
    expect(arrived.app).toBeGreaterThan(arrived.card + 1_000); // the race really happened
    await early.page.locator(`${CARD} .grade`).waitFor({ timeout: 120_000 });
    expect(early.cardErrors).toEqual([]);
    await early.page.context().close();
  });

  it("looks right in light and dark and has no serious accessibility violations", async () => {
    const { page } = owner;
    const card = page.locator(CARD).first();
    await card.screenshot({ path: join(SHOTS, "card-light.png") });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForTimeout(500);
    await card.screenshot({ path: join(SHOTS, "card-dark.png") });
    // Dark theme really applied: the card's text colour is light.
    const color = await card.evaluate((el) => getComputedStyle(el).color);
    const [r = 0, g = 0, b = 0] = (color.match(/\d+/g) ?? []).map(Number);
    expect((r + g + b) / 3).toBeGreaterThan(128);

    const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
    await page.addScriptTag({ path: axePath });
    const violations = await card.evaluate(async (el) => {
      const axe = (window as unknown as { axe: { run(ctx: Element, opts: object): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(el, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    await page.emulateMedia({ colorScheme: "light" });
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  it("recovers after a Home Assistant restart without a reload", async () => {
    const { page } = owner;
    await page.evaluate(() => {
      (window as unknown as { __sscMarker: number }).__sscMarker = 42;
    });
    const restarted = requestRestart(control);
    await page.locator(`${CARD} .notice.stale`).waitFor({ timeout: 120_000 });
    await restarted;
    await page.locator(`${CARD} .notice.stale`).waitFor({ state: "detached", timeout: 180_000 });
    expect(await page.locator(`${CARD} .grade`).textContent()).toBeTruthy();
    expect(await page.evaluate(() => (window as unknown as { __sscMarker?: number }).__sscMarker)).toBe(42);
    expect(owner.cardErrors).toEqual([]);
  });

  it("shows a non-admin the admin-only state and sends no admin-only command", async () => {
    const user = await open(ha.user);
    await user.page.locator(`${CARD} .not-admin`).waitFor({ timeout: 60_000 });
    expect(await cardText(user.page)).toContain("Administrators only");
    expect(user.sent.filter((f) => ADMIN_ONLY_FRAMES.test(f))).toEqual([]);
    expect(user.cardErrors).toEqual([]);
  });

  it("loads the editor on demand as a chunk beside the bundle, and the bundle's modules once", async () => {
    const session = await open(ha.owner);
    const { page } = session;
    await page.locator(`${CARD} .grade`).waitFor({ timeout: 120_000 });
    const chunk = /\/security_scorecard\/security-scorecard-editor-[\w-]+\.js$/;
    expect((await documentResources(page)).filter((u) => chunk.test(u))).toEqual([]);
    // What hui-card-element-editor does when the card's editor is opened.
    const tag = await page.evaluate(async () => {
      const card = customElements.get("security-scorecard-card") as (CustomElementConstructor & { getConfigElement(): Promise<HTMLElement> }) | undefined;
      return (await card?.getConfigElement())?.tagName.toLowerCase();
    });
    expect(tag).toBe("security-scorecard-card-editor");
    const resources = await documentResources(page);
    expect(resources.filter((u) => chunk.test(u))).toHaveLength(1);
    // Each file of the bundle once: a chunk importing the entry by another URL would load it twice.
    const files = resources.filter((u) => u.includes("/security_scorecard/security-scorecard-")).map((u) => new URL(u).pathname);
    expect(files.length).toBeGreaterThanOrEqual(4); // entry, shell, engine, editor (and shared chunks)
    expect(new Set(files).size).toBe(files.length);
    expect(session.cardErrors).toEqual([]);
  });

  it("speaks German to an owner who chose German in the profile, fetching German only then", async () => {
    const session = await open(ha.owner);
    const { page } = session;
    // The profile's language picker stores it as the user's frontend data "language"
    // (core components/frontend/storage.py; the frontend applies it to hass.locale).
    const before = await pageCommand<{ value: unknown }>(page, { type: "frontend/get_user_data", key: "language" });
    await pageCommand(page, { type: "frontend/set_user_data", key: "language", value: { language: "de" } });
    try {
      // 2026.10's frontend subscribes to user data and may switch (and fetch) at once; a page load fetches once.
      await page.reload();
      await page.locator(`${CARD} .grade`).waitFor({ timeout: 120_000 });
      await expect.poll(async () => cardText(page), { timeout: 60_000 }).toContain("Als Nächstes beheben");
      expect(await page.locator(`${CARD} .coverage`).textContent()).toMatch(/^\d+ % bewertet$/);
      const fetched = (await documentResources(page)).filter((u) => TRANSLATIONS.test(u));
      expect(fetched).toHaveLength(1);
      expect(fetched[0]).toMatch(/\/security_scorecard\/translations\/de\.json\?v=[0-9a-f]{12}$/);
      expect(session.sent.filter((f) => HELD_BY_FRONTEND.test(f))).toEqual([]);
      expect(session.cardErrors).toEqual([]);
    } finally {
      await pageCommand(page, { type: "frontend/set_user_data", key: "language", value: before.value ?? null });
    }
  });
});
