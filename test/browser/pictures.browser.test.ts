/**
 * The pictures, the panel and the blueprint in a real Home Assistant + Chromium (each
 * supported release), on an instance of its own: the weak config plus `recorder` (SQLite
 * in the config folder) and `history`, which the shared instances do not load, and the
 * shipped blueprint copied into its `blueprints/automation/`.
 *
 * - Two evaluations with a fixed check in between (the external URL made HTTPS while the
 *   card is open): the card shows "Fixed since …" naming it, and its trend has two points.
 * - Screenshots light/dark × en/de × desktop/390 px into docs/ (for the README), no
 *   horizontal overflow at 390 px, and no serious or critical axe finding in any of them.
 * - The sidebar panel: turned on through the real options flow API, listed by get_panels
 *   for an admin only, shows the scorecard, and goes away when turned off.
 * - The blueprint, imported as an automation through the real config API, creates its
 *   persistent notification after a sync with a lower score, and after one with a new
 *   critical finding.
 */
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ENGLISH } from "../../src/i18n/texts.js";
import { DASHBOARD_PATH, ensureScorecardDashboard } from "../ha/dashboard.js";
import { type RunningInstance, startInstance } from "../ha/instance.js";
import { onboard } from "../ha/onboard.js";
import { REPO_ROOT } from "../ha/paths.js";
import type { HarnessInfo } from "../ha/types.js";
import { RELEASES } from "../ha/versions.js";
import { wsCommand } from "../ha/ws.js";

const CARD = "security-scorecard-card";
const SENSOR = "sensor.security_scorecard_score";
const FIXED_CHECK = "net-external-url-https";
const PANEL_PATH = "security-scorecard-panel";
const BLUEPRINT = join(REPO_ROOT, "blueprints", "automation", "security_scorecard", "score_dropped.yaml");
const DOCS = join(REPO_ROOT, "docs");
const NOTIFICATION_ID = "ssc-blueprint-test";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const DESKTOP = { width: 1000, height: 2400 };
const PHONE = { width: 390, height: 2400 };

let instance: RunningInstance | undefined;
let ha: HarnessInfo;
let dashboardUrl = "";
const dirs: string[] = [];
const contexts: BrowserContext[] = [];

/** Recorder with its SQLite file in the config folder (committing each second), history, and the blueprint. */
async function prepare(dir: string): Promise<void> {
  appendFileSync(join(dir, "configuration.yaml"), `\nrecorder:\n  db_url: "sqlite:///${join(dir, "home-assistant_v2.db")}"\n  commit_interval: 1\nhistory:\n`);
  const target = join(dir, "blueprints", "automation", "security_scorecard");
  mkdirSync(target, { recursive: true });
  copyFileSync(BLUEPRINT, join(target, "score_dropped.yaml"));
}

async function login(): Promise<Page> {
  const dir = mkdtempSync(join(tmpdir(), "ssc-pictures-chromium-"));
  dirs.push(dir);
  const context = await chromium.launchPersistentContext(dir, { executablePath: "/usr/bin/chromium", args: ARGS, headless: true, viewport: DESKTOP, colorScheme: "light" });
  contexts.push(context);
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

async function rest<T>(method: "GET" | "POST", path: string, body?: unknown, token = ha.adminToken): Promise<T> {
  const res = await fetch(`${ha.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

interface LoggedEvaluation {
  readonly score: number | null;
  readonly failing: readonly string[];
}

async function evaluations(): Promise<LoggedEvaluation[]> {
  return (await wsCommand<{ evaluations: LoggedEvaluation[] }>(ha.url, ha.adminToken, { type: "security_scorecard/evaluations" })).evaluations;
}

async function trendPoints(page: Page): Promise<number> {
  return Number((await page.locator(`${CARD} svg.trend-line`).getAttribute("data-points", { timeout: 1_000 }).catch(() => null)) ?? 0);
}

async function axeSerious(page: Page): Promise<{ id: string; impact: string | null; where: string }[]> {
  const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
  await page.addScriptTag({ path: axePath });
  const violations = await page
    .locator(CARD)
    .first()
    .evaluate(async (el) => {
      type Violation = { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] };
      const axe = (window as unknown as { axe: { run(ctx: Element, opts: object): Promise<{ violations: Violation[] }> } }).axe;
      return (await axe.run(el, { resultTypes: ["violations"] })).violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        where: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`.replace(/\s+/g, " ")).join("; "),
      }));
    });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

beforeAll(async () => {
  const shared: HarnessInfo = inject("ha");
  instance = await startInstance({ config: "weak", release: RELEASES[shared.release], prepare });
  ha = await onboard(instance);
  dashboardUrl = await ensureScorecardDashboard(ha);
}, 600_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await instance?.stop();
}, 120_000);

describe("pictures, panel and blueprint on a Home Assistant with the recorder", () => {
  let page: Page;

  it("two evaluations with a fixed check in between: the card says fixed since, and the trend has two points", async () => {
    // Evaluation 1 sees a plain-HTTP external URL on an internet name (a high finding).
    await wsCommand(ha.url, ha.adminToken, { type: "config/core/update", external_url: "http://home.example.com" });
    page = await login();
    await expect
      .poll(async () => (await evaluations()).at(-1)?.failing.includes(FIXED_CHECK) ?? false, { timeout: 120_000, message: "the card's first sync" })
      .toBe(true);
    await expect.poll(async () => trendPoints(page), { timeout: 60_000 }).toBe(1);

    // The owner fixes it while the card is open: core_config_updated → re-judged → synced.
    await wsCommand(ha.url, ha.adminToken, { type: "config/core/update", external_url: "https://home.example.com" });
    const fixed = page.locator(`${CARD} .changes.fixed li[data-check="${FIXED_CHECK}"]`);
    await fixed.waitFor({ timeout: 120_000 });
    expect((await fixed.textContent())?.trim()).toBe(ENGLISH[`checks.${FIXED_CHECK}.title`]);
    expect(await page.locator(`${CARD} .trend .fixed-since`).textContent()).toMatch(/^Fixed since \S/);
    await expect.poll(async () => trendPoints(page), { timeout: 60_000 }).toBe(2);
    const log = await evaluations();
    expect(log.at(-2)?.failing).toContain(FIXED_CHECK);
    expect(log.at(-1)?.failing).not.toContain(FIXED_CHECK);
    // The trend's ends are the two scores the evaluations logged.
    const label = await page.locator(`${CARD} svg.trend-line`).getAttribute("aria-label");
    expect(label).toBe(`Score ${log.at(-2)?.score} → ${log.at(-1)?.score}: 2 recorded values in 30 days`);
  });

  it("screenshots light/dark × en/de × desktop/390 px, fitting a phone and without serious axe findings", async () => {
    const before = await pageCommand<{ value: unknown }>(page, { type: "frontend/get_user_data", key: "language" });
    const problems: string[] = [];
    try {
      for (const lang of ["en", "de"] as const) {
        await pageCommand(page, { type: "frontend/set_user_data", key: "language", value: { language: lang } });
        await page.reload();
        await page.locator(`${CARD} .grade`).waitFor({ timeout: 120_000 });
        await page.locator(`${CARD} .changes.fixed li`).first().waitFor({ timeout: 60_000 });
        if (lang === "de") await expect.poll(async () => page.locator(`${CARD} .trend h3`).textContent(), { timeout: 60_000 }).toBe("Verlauf");
        for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
          await page.setViewportSize(viewport);
          for (const scheme of ["light", "dark"] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            await page.waitForTimeout(300); // the theme switch repaints; a screenshot is not an assertion
            const card = page.locator(CARD).first();
            await card.screenshot({ path: join(DOCS, `card-${scheme}-${lang}-${size}.png`) });
            const fits = await card.evaluate((el) => {
              const haCard = el.shadowRoot?.querySelector("ha-card");
              return haCard !== null && haCard !== undefined && haCard.scrollWidth <= haCard.clientWidth + 1 && el.getBoundingClientRect().right <= window.innerWidth;
            });
            if (!fits) problems.push(`${lang} ${size} ${scheme}: wider than the screen`);
            for (const v of await axeSerious(page)) problems.push(`${lang} ${size} ${scheme}: axe ${v.id} (${v.impact}) at ${v.where}`);
          }
        }
        await page.setViewportSize(DESKTOP);
        await page.emulateMedia({ colorScheme: "light" });
      }
    } finally {
      await pageCommand(page, { type: "frontend/set_user_data", key: "language", value: before.value ?? null });
    }
    expect(problems).toEqual([]);
  });

  it("the sidebar panel: on through the options flow, listed for admins only, shows the scorecard, gone when off", async () => {
    const entries = await rest<{ entry_id: string; domain: string }[]>("GET", "/api/config/config_entries/entry");
    const entryId = entries.find((e) => e.domain === "security_scorecard")?.entry_id;
    expect(entryId).toBeDefined();
    const setPanel = async (on: boolean): Promise<void> => {
      const form = await rest<{ flow_id: string; type: string; step_id: string }>("POST", "/api/config/config_entries/options/flow", { handler: entryId });
      expect([form.type, form.step_id]).toEqual(["form", "init"]);
      const done = await rest<{ type: string }>("POST", `/api/config/config_entries/options/flow/${form.flow_id}`, { panel: on });
      expect(done.type).toBe("create_entry");
    };
    type Panels = Record<string, { component_name: string; require_admin: boolean; config: { _panel_custom?: { name: string } } | null }>;
    const panels = (token: string): Promise<Panels> => wsCommand<Panels>(ha.url, token, { type: "get_panels" });

    expect(await panels(ha.adminToken)).not.toHaveProperty(PANEL_PATH); // off by default
    await setPanel(true);
    const shown = (await panels(ha.adminToken))[PANEL_PATH];
    expect(shown?.component_name).toBe("custom");
    expect(shown?.require_admin).toBe(true);
    expect(shown?.config?._panel_custom?.name).toBe("security-scorecard-panel");
    expect(await panels(ha.userToken)).not.toHaveProperty(PANEL_PATH);

    await page.goto(`${ha.url}/${PANEL_PATH}`);
    await page.locator(`security-scorecard-panel ${CARD} .grade`).waitFor({ timeout: 120_000 });
    await page.setViewportSize(PHONE);
    await page.locator("security-scorecard-panel").screenshot({ path: join(DOCS, "panel-light-en-phone.png") });
    await page.setViewportSize(DESKTOP);

    await setPanel(false);
    expect(await panels(ha.adminToken)).not.toHaveProperty(PANEL_PATH);
  });

  it("the blueprint, imported as an automation, notifies after a sync with a lower score and after a new critical finding", async () => {
    // The card would sync its own evaluation in between: only this test's syncs now.
    for (const c of contexts) await c.close().catch(() => undefined);
    contexts.length = 0;
    await rest("POST", "/api/config/automation/config/ssc_score_dropped", {
      alias: "Security score dropped",
      use_blueprint: {
        path: "security_scorecard/score_dropped.yaml",
        input: {
          notify: [{ service: "persistent_notification.create", data: { notification_id: NOTIFICATION_ID, title: "Security", message: "{{ message }}" } }],
        },
      },
    });
    await expect
      .poll(async () => (await rest<{ entity_id: string; state: string }[]>("GET", "/api/states")).find((s) => s.entity_id === "automation.security_score_dropped")?.state, { timeout: 60_000 })
      .toBe("on");

    const current = await rest<{ state: string }>("GET", `/api/states/${SENSOR}`);
    const score = Number(current.state);
    expect(Number.isInteger(score)).toBe(true);
    const notification = async (): Promise<string | undefined> =>
      (await wsCommand<{ notification_id: string; message: string }[]>(ha.url, ha.adminToken, { type: "persistent_notification/get" })).find(
        (n) => n.notification_id === NOTIFICATION_ID,
      )?.message;
    const sync = (value: number, failing: string[]) =>
      wsCommand(ha.url, ha.adminToken, {
        type: "security_scorecard/sync",
        score: value,
        grade: "D",
        coverage: 0.9,
        evaluated_at: new Date().toISOString(),
        failing: failing.map((id) => ({ id, placeholders: {} })),
      });

    expect(await notification()).toBeUndefined();
    const lower = Math.max(0, score - 10);
    await sync(lower, []);
    await expect.poll(notification, { timeout: 30_000 }).toBe(`Security score dropped from ${score} to ${lower} (grade D).`);

    // Same score, one new critical finding.
    await sync(lower, ["auth-owner-mfa"]);
    await expect.poll(notification, { timeout: 30_000 }).toBe(`Security score ${lower} (grade D). New critical or high findings: auth-owner-mfa.`);
  });
});
