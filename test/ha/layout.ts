/**
 * Lays out a fresh Home Assistant config folder for one run from a template in
 * test/ha/configs/<name>/, under <repo>/.cache/ha/<name>-<random> (git-ignored).
 */
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { basename, dirname, join } from "node:path";
import { HARNESS_DIR as HERE, REPO_ROOT } from "./paths.js";
import type { ReleaseSpec } from "./versions.js";

export const CONFIG_NAMES = ["weak", "hardened"] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];

/** How the project's own integration got into this config folder. */
export type ScorecardInstall = "absent" | "yaml" | "config_flow";

export interface LaidOutConfig {
  readonly name: ConfigName;
  readonly dir: string;
  readonly port: number;
  readonly scorecard: ScorecardInstall;
}

/** A free loopback TCP port (the kernel picks one for port 0; we release it right away). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

/** Rewrite the template's `server_port:` line; exactly one must exist (a typo must not go unnoticed). */
export function setServerPort(yaml: string, port: number): string {
  const re = /^(\s+server_port:\s*)\d+\s*$/m;
  if (!re.test(yaml) || yaml.match(new RegExp(re.source, "gm"))?.length !== 1) {
    throw new Error("config template must have exactly one `server_port: <n>` line under http:");
  }
  return yaml.replace(re, `$1${port}`);
}

function copyScorecard(dir: string, config: string): { scorecard: ScorecardInstall; config: string } {
  const source = join(REPO_ROOT, "custom_components", "security_scorecard");
  const manifestPath = join(source, "manifest.json");
  if (!existsSync(manifestPath)) return { scorecard: "absent", config };
  const target = join(dir, "custom_components", "security_scorecard");
  mkdirSync(dirname(target), { recursive: true });
  cpSync(source, target, {
    recursive: true,
    filter: (path) => !["__pycache__", ".pytest_cache"].includes(basename(path)),
  });
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { config_flow?: boolean };
  // A config-flow integration is added through the flow API after onboarding (onboard.ts);
  // otherwise a YAML key sets it up.
  if (manifest.config_flow === true) return { scorecard: "config_flow", config };
  return { scorecard: "yaml", config: `${config.trimEnd()}\n\nsecurity_scorecard:\n` };
}

/** Folders left by killed runs: anything a day old is no running instance's any more. */
function pruneStale(root: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const entry of readdirSync(root)) {
    const path = join(root, entry);
    if (/^(weak|hardened)-[0-9a-f]{8}$/.test(entry) && statSync(path).mtimeMs < dayAgo) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

/**
 * The weak template's legacy API password provider item (`- type: legacy_api_password` and its
 * deeper-indented lines). Releases without that provider go to recovery mode on it, so there
 * the item becomes comment lines — the same number, so every other finding keeps its file:line
 * on both releases — and the weak config shows the weaknesses that still exist.
 */
export function withoutLegacyApiPassword(yaml: string): string {
  const lines = yaml.split("\n");
  const start = lines.findIndex((l) => /^\s*- type: legacy_api_password\s*$/.test(l));
  if (start < 0) return yaml;
  const indent = (lines[start] ?? "").indexOf("-");
  let end = start + 1;
  while (end < lines.length && /^\s*$|^\s+/.test(lines[end] ?? "") && (lines[end] ?? "").search(/\S/) > indent) end++;
  const removed = lines.slice(start, end).map(() => `${" ".repeat(indent)}# (legacy_api_password provider: not on this release)`);
  return [...lines.slice(0, start), ...removed, ...lines.slice(end)].join("\n");
}

export async function layoutConfig(name: ConfigName, release: ReleaseSpec, port?: number): Promise<LaidOutConfig> {
  if (!CONFIG_NAMES.includes(name)) throw new Error(`unknown harness config "${String(name)}"`);
  const template = join(HERE, "configs", name);
  const root = join(REPO_ROOT, ".cache", "ha");
  mkdirSync(root, { recursive: true });
  pruneStale(root);
  const dir = join(root, `${name}-${randomBytes(4).toString("hex")}`);
  cpSync(template, dir, { recursive: true });
  const chosenPort = port ?? (await freePort());
  const configPath = join(dir, "configuration.yaml");
  let yaml = setServerPort(readFileSync(configPath, "utf8"), chosenPort);
  if (!release.differences.legacyApiPasswordProvider) yaml = withoutLegacyApiPassword(yaml);
  const withPort = yaml;
  const { scorecard, config } = copyScorecard(dir, withPort);
  writeFileSync(configPath, config);
  return { name, dir, port: chosenPort, scorecard };
}

export function removeConfig(dir: string): void {
  // Only ever remove what layoutConfig made.
  if (!dir.startsWith(join(REPO_ROOT, ".cache", "ha") + "/")) throw new Error(`refusing to remove ${dir}`);
  rmSync(dir, { recursive: true, force: true });
}
