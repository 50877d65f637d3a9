/**
 * One venv per supported Home Assistant release, at <repo>/.venv/ha-<version> (versions.ts),
 * made with that release's Python (python-runtime.ts: the host's 3.11, or 3.14 from a host
 * python3.14 or the Debian testing root).
 *
 * `ensureVenv(release)` creates it when missing and (re)installs the release's requirements
 * file when it changed since the last install (a stamp holds its hash). From the CLI:
 * `npx tsx test/ha/venv.ts [--ha 2024.3|2026.10|all]` (scripts/bootstrap.mjs does so).
 *
 * Pip's resolver backtracks for a long time on Home Assistant's dependency tree, so the
 * install is two steps: homeassistant alone without dependencies, then everything under the
 * constraints file the release ships (homeassistant/package_constraints.txt).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { withLock } from "./lock.js";
import { HARNESS_DIR, REPO_ROOT } from "./paths.js";
import { type Command, type PythonRuntime, capture, ensurePythonRuntime, runCommand } from "./python-runtime.js";
import { HA_RELEASES, type ReleaseSpec, RELEASES, parseRelease, releaseFromEnv } from "./versions.js";

export { REPO_ROOT };

export interface Venv {
  readonly release: ReleaseSpec;
  readonly runtime: PythonRuntime;
  readonly dir: string;
  /** Paths as seen by the runtime (inside the root they are the same paths). */
  readonly python: string;
  readonly hass: string;
  /** `<venv python> args…`, wrapped for the runtime. */
  pythonCommand(args: readonly string[], cwd?: string): Command;
  /** `<venv bin/exe> args…`, wrapped for the runtime. */
  binCommand(exe: string, args: readonly string[], cwd?: string): Command;
}

function log(message: string): void {
  process.stderr.write(`[ha-venv] ${message}\n`);
}

function stampPath(release: ReleaseSpec): string {
  return join(release.venvDir, ".harness-stamp");
}

function requirementsHash(release: ReleaseSpec): string {
  return createHash("sha256").update(readFileSync(release.requirements)).digest("hex");
}

/** True when the venv exists and was installed from the release's current requirements. */
export function venvIsFresh(release: ReleaseSpec): boolean {
  const stamp = stampPath(release);
  if (!existsSync(join(release.venvDir, "bin", "hass")) || !existsSync(stamp)) return false;
  return readFileSync(stamp, "utf8").trim() === requirementsHash(release);
}

function venvOf(release: ReleaseSpec, runtime: PythonRuntime): Venv {
  const bin = (exe: string): string => join(release.venvDir, "bin", exe);
  return {
    release,
    runtime,
    dir: release.venvDir,
    python: bin("python"),
    hass: bin("hass"),
    pythonCommand: (args, cwd) => runtime.command(bin("python"), args, cwd),
    binCommand: (exe, args, cwd) => runtime.command(bin(exe), args, cwd),
  };
}

/** Names (PEP 503 normalised) and pins of a requirements file. */
function pinnedNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (line === "") continue;
    const m = /^([A-Za-z0-9._-]+)\s*(?:==\s*(\S+))?/.exec(line);
    if (m?.[1]) names.set(m[1].toLowerCase().replace(/[-_.]+/g, "-"), m[2] ?? "");
  }
  return names;
}

/** Fails when an integration the configs load needs a package the requirements file lacks. */
async function checkComponentRequirements(venv: Venv): Promise<void> {
  const out = await capture(
    venv.pythonCommand([
      join(HARNESS_DIR, "component_requirements.py"),
      join(HARNESS_DIR, "configs", "weak"),
      join(HARNESS_DIR, "configs", "hardened"),
    ]),
  );
  const pinned = pinnedNames(readFileSync(venv.release.requirements, "utf8"));
  const missing: string[] = [];
  for (const [name, version] of pinnedNames(out)) {
    const have = pinned.get(name);
    if (have === undefined || (have !== "" && version !== "" && have !== version)) missing.push(`${name}==${version}`);
  }
  if (missing.length > 0) {
    throw new Error(`${venv.release.requirements} lacks integration requirements: ${missing.join(", ")}`);
  }
}

/** Make sure the release's venv exists and matches its requirements; returns it. */
export async function ensureVenv(release: ReleaseSpec = releaseFromEnv()): Promise<Venv> {
  const runtime = await ensurePythonRuntime(release.python);
  const venv = venvOf(release, runtime);
  if (venvIsFresh(release)) return venv;
  return withLock(`${release.venvDir}.lock`, async () => {
    if (venvIsFresh(release)) return venv;
    const started = Date.now();
    if (!existsSync(join(release.venvDir, "bin", "python"))) {
      log(`creating ${release.venvDir} with ${runtime.description}`);
      await runCommand(runtime.command(runtime.basePython, ["-m", "venv", release.venvDir]));
    }
    rmSync(stampPath(release), { force: true });
    const pip = ["-m", "pip", "install", "--quiet"];
    const pin = `homeassistant==${release.version}`;
    log(`installing ${pin} (no dependencies)`);
    await runCommand(venv.pythonCommand([...pip, "--no-deps", pin]));
    const haDir = (
      await capture(
        // find_spec, not import: homeassistant/__init__.py imports dependencies not yet installed.
        venv.pythonCommand(["-c", "import importlib.util as u; print(u.find_spec('homeassistant').submodule_search_locations[0])"]),
      )
    ).trim();
    log(`installing ${release.requirements} under homeassistant/package_constraints.txt (a few minutes)`);
    await runCommand(venv.pythonCommand([...pip, "-r", release.requirements, "-c", join(haDir, "package_constraints.txt")]));
    await checkComponentRequirements(venv);
    writeFileSync(stampPath(release), `${requirementsHash(release)}\n`);
    log(`venv for Home Assistant ${release.version} ready in ${Math.round((Date.now() - started) / 1000)} s`);
    return venv;
  });
}

/** The releases named by `--ha X` (a version, a prefix, or "all"); default all. */
export function releasesFromArgs(argv: readonly string[]): ReleaseSpec[] {
  const i = argv.indexOf("--ha");
  const named = i >= 0 ? argv[i + 1] : "all";
  if (named === undefined || named === "all") return HA_RELEASES.map((v) => RELEASES[v]);
  return [RELEASES[parseRelease(named)]];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  (async () => {
    for (const release of releasesFromArgs(process.argv.slice(2))) {
      const v = await ensureVenv(release);
      process.stdout.write(`${release.version}: ${v.dir} (${v.runtime.description})\n`);
    }
  })().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`[ha-venv] ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(err instanceof Error && err.name === "RuntimeUnavailable" ? 3 : 1);
    },
  );
}
