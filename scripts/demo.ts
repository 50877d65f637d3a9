/**
 * `npm start` → the demo: a real local Home Assistant with the deliberately weak config,
 * onboarded, then audited. `--once` audits and stops; otherwise it runs until Ctrl-C.
 * `--ha 2024.3` runs the oldest supported release instead of the current one.
 * Run: `npx tsx scripts/demo.ts [--once] [--ha VERSION]`.
 */
import { pathToFileURL } from "node:url";
import { startInstance } from "../test/ha/instance.js";
import { onboard } from "../test/ha/onboard.js";
import type { HarnessInfo } from "../test/ha/types.js";
import { ensureVenv, releasesFromArgs } from "../test/ha/venv.js";
import { CURRENT_RELEASE, RELEASES, type ReleaseSpec } from "../test/ha/versions.js";
import { ensureScorecardDashboard } from "../test/ha/dashboard.js";
import { version } from "../package.json";
import { nodeDeps } from "../src/cli/node-deps.js";
import { runCli } from "../src/cli/run.js";

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

export async function runDemo({ once, release }: { once: boolean; release: ReleaseSpec }): Promise<void> {
  await ensureVenv(release);
  const started = Date.now();
  const instance = await startInstance({ config: "weak", release });
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
  const argv = process.argv.slice(2);
  const release = argv.includes("--ha") ? releasesFromArgs(argv)[0] : RELEASES[CURRENT_RELEASE];
  if (!release) throw new Error("--ha needs a version");
  runDemo({ once: argv.includes("--once"), release }).then(
    () => process.exit(0),
    (err: unknown) => {
      if (err instanceof Error && err.name === "RuntimeUnavailable") {
        process.stderr.write(`Home Assistant ${release.version} cannot run here: ${err.message}.\n`);
        process.stderr.write("Run the oldest supported release instead: npm start -- --ha 2024.3\n");
        process.exit(2);
      }
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
