/**
 * Installs what the project needs on a fresh machine, using only Node built-ins (it runs
 * before node_modules exists): npm packages, the Python venv with the pinned Home
 * Assistant (test/ha), and Debian's Chromium for the browser tests.
 * Each step is skipped when its result is already there and up to date.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

function log(message) {
  process.stderr.write(`[setup] ${message}\n`);
}

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (result.error) throw new Error(`${cmd} could not start: ${result.error.message}`);
  return result.status ?? 1;
}

function must(cmd, args, options) {
  const status = run(cmd, args, options);
  if (status !== 0) {
    log(`${cmd} ${args.join(" ")} failed (exit ${status})`);
    process.exit(status);
  }
}

/** npm ci when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const marker = join(ROOT, "node_modules", ".package-lock.json");
  const lock = join(ROOT, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log("installing npm packages (npm ci)");
  must("npm", ["ci", "--no-audit", "--no-fund"]);
}

/** Debian's chromium for the real-browser tests (playwright-core never downloads a browser). */
export function ensureChromium() {
  if (existsSync("/usr/bin/chromium")) return;
  if (process.getuid?.() !== 0) {
    log("chromium is missing and this is not root: run `sudo apt-get install -y chromium`");
    process.exit(2);
  }
  log("installing Debian's chromium (apt-get)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  must("apt-get", ["update", "-q"], { env });
  must("apt-get", ["install", "-y", "-q", "--no-install-recommends", "chromium", "fonts-dejavu-core"], { env });
}

/**
 * The Python venv of one pinned Home Assistant release, through the harness's own installer.
 * Returns false (after the installer said why) when that release's Python cannot be had here
 * (exit 3: no python3.14 and not root); any other failure stops the run.
 */
export function ensureVenv(release) {
  const status = run("npx", ["tsx", "test/ha/venv.ts", "--ha", release]);
  if (status === 3) return false;
  if (status !== 0) {
    log(`the Home Assistant ${release} venv could not be installed (exit ${status})`);
    process.exit(status);
  }
  return true;
}

export function readJson(path) {
  return JSON.parse(readFileSync(join(ROOT, path), "utf8"));
}
