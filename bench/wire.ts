/**
 * What the card costs on the wire, as the browser runs it: the WebSocket bytes its own
 * commands and subscriptions receive, on a real Home Assistant ($HA_VERSION, default the
 * current release) in headless Chromium.
 *
 * - first load: a big home (bench/wire-home.ts: ~2,000 files / 20 MB, 5,000 template sensors)
 *   from opening the dashboard until the scorecard is settled (server facts in);
 * - one-file edit: one automation file changed, until the card has the new facts;
 * - idle refresh: the card's 5-minute refresh with nothing changed (the page's clock is
 *   fast-forwarded);
 * - demo first load: the small weak demo instance;
 * - dense first load: the weak instance plus bench/outline_py.py's dense config (a literal
 *   Bearer header in every block), a stress figure.
 *
 * Counting: every frame the page sends is parsed; a received message counts when it answers
 * (or is an event of) a request whose type the card uses (CARD_COMMANDS). The frontend itself
 * sends a few of those types too (get_config, …), so each first load is measured again on a
 * dashboard without the card and that baseline is subtracted.
 *
 * Prints exactly the five "<what>: <bytes> bytes" lines, plus "# " lines of context.
 * Run: npx tsx bench/wire.ts   (HA_VERSION=2024.3.3 for the oldest release)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { ensureScorecardDashboard } from "../test/ha/dashboard.js";
import { type RunningInstance, startInstance } from "../test/ha/instance.js";
import { onboard } from "../test/ha/onboard.js";
import { capture } from "../test/ha/python-runtime.js";
import type { HarnessInfo } from "../test/ha/types.js";
import { REPO_ROOT, ensureVenv } from "../test/ha/venv.js";
import { wsCommand } from "../test/ha/ws.js";
import { synthesiseHome } from "./wire-home.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const CARD = "security-scorecard-card";
const BASELINE_PATH = "wire-baseline";

/** Every command type the card's data path may send (src/collect, card/). */
const CARD_COMMANDS = /^(get_config|get_states|auth\/current_user|auth\/refresh_tokens|config\/auth\/list|config\/entity_registry\/list|config\/device_registry\/list|manifest\/list|config_entries\/get|repairs\/list_issues|cloud\/status|backup\/.*|http\/config|supervisor\/api|hassio\/.*|security_scorecard\/.*)$/;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

interface Meter {
  /** Bytes received for the card's commands since the last reset. */
  take(): number;
  /** The same bytes by command type ("type=bytes, …"), since the last reset. */
  byType(): string;
  /** Resolves once no counted frame arrived for `quietMs` (measured from the call at the earliest). */
  settled(quietMs?: number, timeoutMs?: number): Promise<void>;
}

function meter(page: Page): Meter {
  const typeOf = new Map<number, string>();
  let bytes = 0;
  let perType = new Map<string, number>();
  let last = Date.now();
  page.on("websocket", (ws) => {
    ws.on("framesent", (f) => {
      const text = typeof f.payload === "string" ? f.payload : f.payload.toString();
      try {
        const msgs = ([] as { id?: number; type?: string }[]).concat(JSON.parse(text) as never);
        for (const m of msgs) if (typeof m.id === "number" && typeof m.type === "string") typeOf.set(m.id, m.type);
      } catch {
        // not JSON: not ours
      }
    });
    ws.on("framereceived", (f) => {
      const text = typeof f.payload === "string" ? f.payload : f.payload.toString();
      let msgs: { id?: number }[];
      try {
        msgs = ([] as { id?: number }[]).concat(JSON.parse(text) as never);
      } catch {
        return;
      }
      for (const m of msgs) {
        const type = typeof m.id === "number" ? typeOf.get(m.id) : undefined;
        if (type !== undefined && CARD_COMMANDS.test(type)) {
          // Home Assistant may put several messages in one frame: count each one's share.
          const share = msgs.length === 1 ? Buffer.byteLength(text) : Buffer.byteLength(JSON.stringify(m));
          bytes += share;
          perType.set(type, (perType.get(type) ?? 0) + share);
          last = Date.now();
        }
      }
    });
  });
  return {
    take: () => {
      const b = bytes;
      bytes = 0;
      perType = new Map();
      return b;
    },
    byType: () => [...perType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t}=${n}`).join(", "),
    async settled(quietMs = 4_000, timeoutMs = 120_000) {
      const from = Date.now();
      const deadline = from + timeoutMs;
      while (Date.now() < deadline && Date.now() - Math.max(last, from) < quietMs) await new Promise((r) => setTimeout(r, 250));
    },
  };
}

async function ensureBaselineDashboard(ha: HarnessInfo): Promise<string> {
  const dashboards = await wsCommand<{ url_path: string }[]>(ha.url, ha.adminToken, { type: "lovelace/dashboards/list" });
  if (!dashboards.some((d) => d.url_path === BASELINE_PATH)) {
    await wsCommand(ha.url, ha.adminToken, { type: "lovelace/dashboards/create", url_path: BASELINE_PATH, title: "Baseline", require_admin: false, show_in_sidebar: false });
  }
  await wsCommand(ha.url, ha.adminToken, {
    type: "lovelace/config/save",
    url_path: BASELINE_PATH,
    config: { views: [{ title: "Baseline", cards: [{ type: "markdown", content: "baseline" }] }] },
  });
  return `${ha.url}/${BASELINE_PATH}/0`;
}

interface Browser {
  readonly page: Page;
  readonly meter: Meter;
  close(): Promise<void>;
}

/** A fresh browser profile, logged in as the owner on `url`, with the page's clock under our control. */
async function openLoggedIn(ha: HarnessInfo, url: string): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), "ssc-wire-"));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: ARGS, headless: true });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.clock.install();
  const m = meter(page);
  await page.goto(url);
  const inputs = page.locator("ha-auth-flow input");
  await inputs.first().waitFor({ timeout: 120_000 });
  await inputs.nth(0).fill(ha.owner.username);
  await inputs.nth(1).fill(ha.owner.password);
  await inputs.nth(1).press("Enter");
  await page.waitForURL((u) => !u.searchParams.has("auth_callback") && !u.pathname.startsWith("/auth"), { timeout: 120_000 });
  return {
    page,
    meter: m,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Card-command bytes of a first load of `url` (the card's dashboard or the baseline). */
async function firstLoad(ha: HarnessInfo, url: string, withCard: boolean): Promise<{ bytes: number; types: string; browser: Browser }> {
  const browser = await openLoggedIn(ha, url);
  if (withCard) await browser.page.locator(`${CARD} .grade`).waitFor({ timeout: 300_000 });
  await browser.meter.settled();
  const types = browser.meter.byType();
  return { bytes: browser.meter.take(), types, browser };
}

async function cardFirstLoad(ha: HarnessInfo): Promise<{ bytes: number; browser: Browser }> {
  const card = await ensureScorecardDashboard(ha);
  const baselineUrl = await ensureBaselineDashboard(ha);
  const baseline = await firstLoad(ha, baselineUrl, false);
  await baseline.browser.close();
  const loaded = await firstLoad(ha, card, true);
  process.stdout.write(`# baseline (frontend's own requests of the same types): ${baseline.bytes} bytes (${baseline.types})\n`);
  process.stdout.write(`# with the card, by command (before the baseline is subtracted): ${loaded.types}\n`);
  return { bytes: Math.max(0, loaded.bytes - baseline.bytes), browser: loaded.browser };
}

async function withInstance<T>(instance: RunningInstance, fn: (ha: HarnessInfo) => Promise<T>): Promise<T> {
  try {
    return await fn(await onboard(instance));
  } finally {
    await instance.stop();
  }
}

async function main(): Promise<void> {
  const venv = await ensureVenv();
  const release = venv.release;
  say(`# Home Assistant ${release.version}`);

  // The big home.
  let size = { files: 0, bytes: 0, templateSensors: 0, literalCredentials: 0 };
  const big = await startInstance({
    config: "hardened",
    release,
    startTimeoutMs: 900_000,
    prepare: (dir) => {
      size = synthesiseHome(dir);
    },
  });
  await withInstance(big, async (ha) => {
    const states = await wsCommand<unknown[]>(ha.url, ha.adminToken, { type: "get_states" });
    say(`# big home: ${size.files} files, ${(size.bytes / 1e6).toFixed(1)} MB of YAML, ${states.length} entities, ${size.literalCredentials} literal credentials`);
    const { bytes, browser } = await cardFirstLoad(ha);
    say(`first load: ${bytes} bytes`);

    // One file changes: the integration notices (stat signature, polled) and pushes to the card.
    const file = join(ha.configDir, "automations", "f0007.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}- id: "edited"\n  alias: Edited\n  trigger:\n    - platform: state\n      entity_id: sensor.big_1\n  action: []\n`);
    browser.meter.take();
    const started = Date.now();
    // The page's clock runs in real time meanwhile; the integration's poll (30 s) comes round.
    while (Date.now() - started < 45_000) await new Promise((r) => setTimeout(r, 500));
    await browser.meter.settled();
    const editTypes = browser.meter.byType();
    say(`one-file edit: ${browser.meter.take()} bytes`);
    say(`# one-file edit by command: ${editTypes || "none"}`);

    await browser.page.clock.fastForward(5 * 60_000 + 1_000);
    await new Promise((r) => setTimeout(r, 1_000));
    await browser.meter.settled();
    const idleTypes = browser.meter.byType();
    say(`idle refresh: ${browser.meter.take()} bytes`);
    say(`# idle refresh by command: ${idleTypes || "none"}`);
    await browser.close();
  });

  // The demo instance.
  await withInstance(await startInstance({ config: "weak", release }), async (ha) => {
    const { bytes, browser } = await cardFirstLoad(ha);
    say(`demo first load: ${bytes} bytes`);
    await browser.close();
  });

  // The dense stress config of bench/outline_py.py beside the weak config.
  const dense = await startInstance({
    config: "weak",
    release,
    startTimeoutMs: 900_000,
    prepare: async (dir) => {
      await capture(
        venv.pythonCommand([
          "-c",
          "import pathlib, random, sys; sys.path.insert(0, sys.argv[1]); import outline_py; " +
            "p = pathlib.Path(sys.argv[2]); p.mkdir(); print(outline_py.synthesise(p, random.Random(1)))",
          join(REPO_ROOT, "bench"),
          join(dir, "synthetic"),
        ]),
      );
    },
  });
  await withInstance(dense, async (ha) => {
    const { bytes, browser } = await cardFirstLoad(ha);
    say(`dense first load: ${bytes} bytes`);
    await browser.close();
  });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
