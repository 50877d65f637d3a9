/**
 * `npm start` → the demo: a real local Home Assistant with the deliberately weak config,
 * onboarded, then audited. `--once` audits and stops; otherwise it runs until Ctrl-C.
 * Run: `npx tsx test/ha/demo.ts [--once]`.
 */
import { pathToFileURL } from "node:url";
import { startInstance } from "./instance.js";
import { onboard } from "./onboard.js";
import type { HarnessInfo } from "./types.js";
import { ensureVenv } from "./venv.js";
import { ensureScorecardDashboard } from "./dashboard.js";
import { version } from "../../package.json";
import { nodeDeps } from "../../src/cli/node-deps.js";
import { runCli } from "../../src/cli/run.js";

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * The scorecard, exactly as a user gets it: the real `audit` command of the CLI against the
 * instance, with the owner's long-lived token passed through HASS_TOKEN (never printed).
 */
async function audit(info: HarnessInfo): Promise<number> {
  const deps = nodeDeps(version);
  return runCli(["audit", "--url", info.url], { ...deps, env: { ...deps.env, HASS_TOKEN: info.adminToken } });
}

export async function runDemo({ once }: { once: boolean }): Promise<void> {
  await ensureVenv();
  const started = Date.now();
  const instance = await startInstance({ config: "weak" });
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= instance.stop());
  try {
    const info = await onboard(instance);
    say(`Home Assistant ${info.version} (weak config) is up in ${Math.round((Date.now() - started) / 1000)} s`);
    say(`  URL:       ${info.url}`);
    say(`  owner:     ${info.owner.username} / ${info.owner.password}`);
    say(`  token:     ${info.adminToken.slice(0, 6)}… (admin, long-lived)`);
    say(`  config:    ${info.configDir}`);
    const dashboard = await ensureScorecardDashboard(info);
    say("");
    await audit(info);
    say("");
    say(`Dashboard with the card: ${dashboard}`);
    say(`  log in as ${info.owner.username} / ${info.owner.password}`);
    say("  Settings → Repairs lists the serious findings: the audit mirrored them there.");
    if (once) return;
    say("Press Ctrl-C to stop Home Assistant.");
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    say("stopping Home Assistant …");
  } finally {
    await stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runDemo({ once: process.argv.includes("--once") }).then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
