/**
 * vitest globalSetup of the `real` project: one weak and one hardened Home Assistant per
 * run (started side by side; about 10 s together once the venv exists), onboarded, handed
 * to tests as inject("ha") and inject("haHardened"). Teardown stops both.
 * The release is $HA_VERSION (scripts/test.mjs runs the project once per supported release),
 * else the current one.
 */
import type { TestProject } from "vitest/node";
import { type RunningInstance, startInstance } from "./instance.js";
import { onboard } from "./onboard.js";
import type { ConfigName } from "./layout.js";
import type { HarnessInfo } from "./types.js";
import { ensureVenv } from "./venv.js";
import { releaseFromEnv } from "./versions.js";
import { serveControl } from "../browser/control.js";

function log(message: string): void {
  process.stderr.write(`[ha-harness] ${message}\n`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const release = releaseFromEnv();
  const venvStarted = Date.now();
  const venv = await ensureVenv(release);
  log(`Home Assistant ${release.version} venv ready (${venv.runtime.description}, ${Math.round((Date.now() - venvStarted) / 1000)} s)`);

  const instances: RunningInstance[] = [];
  const stopAll = async (): Promise<void> => {
    await Promise.allSettled(instances.map((i) => i.stop()));
  };
  const bringUp = async (config: ConfigName): Promise<{ instance: RunningInstance; info: HarnessInfo }> => {
    const started = Date.now();
    const instance = await startInstance({ config, release });
    instances.push(instance);
    const info = await onboard(instance);
    log(`${config}: Home Assistant ${info.version} at ${info.url} started and onboarded in ${Math.round((Date.now() - started) / 1000)} s`);
    return { instance, info };
  };

  const results = await Promise.allSettled([bringUp("weak"), bringUp("hardened")]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed || results[0].status !== "fulfilled" || results[1].status !== "fulfilled") {
    await stopAll();
    throw failed?.reason instanceof Error ? failed.reason : new Error(String(failed?.reason));
  }
  const weak = results[0].value;
  project.provide("ha", weak.info);
  project.provide("haHardened", results[1].value.info);
  // The browser test restarts the weak instance from its worker through this loopback control.
  const control = await serveControl(() => weak.instance.restart(weak.info.adminToken));
  project.provide("haControl", control.url);
  return async () => {
    await control.close();
    await stopAll();
  };
}
