/**
 * A decision made in the card is applied by every judge: the owner accepts a failing
 * critical finding on its row in the real card (Chromium, real login), then the real CLI
 * `audit` (runCli, the code path of `ha-security-scorecard audit`) runs against the same
 * Home Assistant: its JSON shows the check as accepted and the Repairs issue stays gone.
 *
 * Chromium: Debian's /usr/bin/chromium, as in card.browser.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Closable, CliDeps } from "../../src/cli/deps.js";
import { nodeDeps } from "../../src/cli/node-deps.js";
import { runCli } from "../../src/cli/run.js";
import { DASHBOARD_PATH, ensureScorecardDashboard } from "../ha/dashboard.js";
import type { HarnessInfo } from "../ha/types.js";
import type { HaRelease } from "../ha/versions.js";
import { wsCommand } from "../ha/ws.js";

const ha: HarnessInfo = inject("ha");
const CARD = "security-scorecard-card";
/** A failing critical account check (a Repairs issue), per release: as in card.browser.test.ts. */
const FINDING: Record<HaRelease, string> = {
  "2024.3.3": "auth-legacy-api-password",
  "2026.10.4": "auth-trusted-networks-broad",
};
const REASON = "Lab instance, isolated VLAN";
const check = FINDING[ha.release];

let context: BrowserContext | undefined;
let dir = "";

async function issueIds(): Promise<string[]> {
  const { issues } = await wsCommand<{ issues: { domain: string; issue_id: string }[] }>(ha.url, ha.adminToken, { type: "repairs/list_issues" });
  return issues.filter((i) => i.domain === "security_scorecard").map((i) => i.issue_id);
}

async function clearDecision(): Promise<void> {
  await wsCommand(ha.url, ha.adminToken, { type: "security_scorecard/decide", check_id: check, decision: null });
}

/** The real `audit --format json` against the harness; returns the exit code, the report and stderr. */
async function audit(): Promise<{ code: number; report: { categories: { checks: { id: string; status: string; override: unknown }[] }[] }; err: string }> {
  let out = "";
  let err = "";
  const deps = nodeDeps("0.0.0-test") as unknown as CliDeps<Closable>;
  const code = await runCli(["audit", "--url", ha.url, "--format", "json"], {
    ...deps,
    env: { HASS_TOKEN: ha.adminToken },
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s) },
  });
  expect(out + err).not.toContain(ha.adminToken);
  return { code, report: JSON.parse(out) as never, err };
}

function entryOf(report: Awaited<ReturnType<typeof audit>>["report"]): { status: string; override: unknown } | undefined {
  return report.categories.flatMap((c) => c.checks).find((c) => c.id === check);
}

async function login(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const inputs = page.locator("ha-auth-flow input");
  await inputs.first().waitFor({ timeout: 60_000 });
  await inputs.nth(0).fill(ha.owner.username);
  await inputs.nth(1).fill(ha.owner.password);
  await inputs.nth(1).press("Enter");
  await page.waitForURL((u) => u.pathname.startsWith(`/${DASHBOARD_PATH}`) && !u.searchParams.has("auth_callback"), { timeout: 60_000 });
  await page.locator(`${CARD} .grade`).waitFor({ timeout: 120_000 });
}

beforeAll(async () => {
  await clearDecision();
}, 60_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
  // Leave the shared instance as the other tests expect: no decision, the finding mirrored.
  await clearDecision();
  await audit();
}, 120_000);

describe("a decision made in the card is applied by audit and Repairs", () => {
  it("before: audit reports the finding and syncs it into Repairs", async () => {
    const before = await audit();
    expect(before.code).toBe(0);
    expect(entryOf(before.report)).toMatchObject({ status: "fail", override: null });
    expect(await issueIds()).toContain(check);
  });

  it("accept the risk on the check's row in the card", async () => {
    dir = mkdtempSync(join(tmpdir(), "ssc-chromium-"));
    context = await chromium.launchPersistentContext(dir, {
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      headless: true,
      viewport: { width: 1000, height: 2400 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    try {
      await acceptOnTheRow(page);
    } catch (err) {
      // What the card showed: its state, the row and whether the integration's decisions were read.
      const seen = await page
        .locator(CARD)
        .first()
        .evaluate((el, id) => {
          const card = el as HTMLElement & { controller?: { state: { kind: string }; decisions?: { current: unknown } } };
          const row = el.shadowRoot?.querySelector(`security-scorecard-check[data-check="${id}"]`);
          return {
            state: card.controller?.state.kind,
            decisions: card.controller?.decisions?.current,
            row: row?.shadowRoot?.innerHTML.replace(/<!--[^>]*-->/g, "").slice(0, 3000) ?? null,
          };
        }, check)
        .catch((e: unknown) => String(e));
      throw new Error(`${err instanceof Error ? err.message.split("\n")[0] : String(err)}; card: ${JSON.stringify(seen)}`, { cause: err });
    }

    const { decisions } = await wsCommand<{ decisions: Record<string, { kind: string; reason: string }> }>(ha.url, ha.adminToken, {
      type: "security_scorecard/decisions",
    });
    expect(decisions[check]).toMatchObject({ kind: "risk_accepted", reason: REASON });
    // The integration takes the decided check out of Repairs at once.
    expect(await issueIds()).not.toContain(check);
  }, 300_000);

  it("after: audit shows the check as accepted and its sync leaves the Repairs issue gone", async () => {
    const after = await audit();
    expect(after.code).toBe(0);
    expect(entryOf(after.report)).toMatchObject({ status: "fail", override: { kind: "risk_accepted", reason: REASON } });
    expect(after.err).not.toContain("could not update Repairs");
    expect(await issueIds()).not.toContain(check);
  });
});

/** Log in as the owner, open the finding and accept it with a reason in its row. */
async function acceptOnTheRow(page: Page): Promise<void> {
  await login(page, await ensureScorecardDashboard(ha));

  await page.locator(`${CARD} section[data-category="accounts"] > button`).click();
  const row = page.locator(`security-scorecard-check[data-check="${check}"]`);
  await row.locator("button.row").click();
  await expect.poll(async () => row.locator("button.row").textContent(), { timeout: 60_000 }).toContain("Failed");
  // Playwright's CSS locators pierce the rows' open shadow roots.
  const actions = row.locator("security-scorecard-decide");
  await actions.locator("button.accept").click({ timeout: 30_000 });
  await actions.locator("input.reason").fill(REASON);
  await actions.locator("button.save").click();
  await expect.poll(async () => row.locator(".override").textContent(), { timeout: 30_000 }).toBe(`Risk accepted: ${REASON}`);
  await actions.locator("button.undo").waitFor({ timeout: 10_000 });
}
