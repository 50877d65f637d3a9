/**
 * The Python 3.11 venv with the pinned Home Assistant, at <repo>/.venv/ha.
 *
 * `ensureVenv()` creates it when missing and (re)installs test/ha/requirements.txt when that
 * file changed since the last install (a stamp holds its hash). Runnable from the CLI:
 * `npx tsx test/ha/venv.ts` (scripts/bootstrap.mjs does so).
 *
 * Pip's resolver backtracks for a long time on Home Assistant's dependency tree, so the
 * install is two steps: homeassistant alone without dependencies, then everything under the
 * constraints file Home Assistant ships (homeassistant/package_constraints.txt).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(HERE, "..", "..");
export const VENV_DIR = join(REPO_ROOT, ".venv", "ha");
const REQUIREMENTS = join(HERE, "requirements.txt");
const STAMP = join(VENV_DIR, ".harness-stamp");
const LOCK = join(REPO_ROOT, ".venv", "ha.lock");
const HA_PIN = "homeassistant==2024.3.3";

export interface Venv {
  readonly dir: string;
  readonly python: string;
  readonly hass: string;
}

export const venvPaths: Venv = {
  dir: VENV_DIR,
  python: join(VENV_DIR, "bin", "python"),
  hass: join(VENV_DIR, "bin", "hass"),
};

function log(message: string): void {
  process.stderr.write(`[ha-venv] ${message}\n`);
}

function run(cmd: string, args: readonly string[], capture = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: REPO_ROOT,
      // pip's progress goes to our stderr so a slow first install is visibly alive.
      stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"],
      env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: "1" },
    });
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.on("error", (err) => reject(new Error(`${cmd} could not start: ${err.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`));
    });
  });
}

function requirementsHash(): string {
  return createHash("sha256").update(readFileSync(REQUIREMENTS)).digest("hex");
}

/** True when the venv exists and was installed from the current requirements.txt. */
export function venvIsFresh(): boolean {
  if (!existsSync(venvPaths.hass) || !existsSync(STAMP)) return false;
  return readFileSync(STAMP, "utf8").trim() === requirementsHash();
}

async function findPython(): Promise<string> {
  const candidates = [process.env.HA_PYTHON, "python3.11", "python3"].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    try {
      const version = await run(candidate, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], true);
      if (version.trim() === "3.11") return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error("Python 3.11 is needed for the Home Assistant venv (set HA_PYTHON to its path)");
}

/** Names (PEP 503 normalised) and pins of requirements.txt. */
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

/** Fails when an integration the configs load needs a package requirements.txt lacks. */
async function checkComponentRequirements(): Promise<void> {
  const out = await run(
    venvPaths.python,
    [join(HERE, "component_requirements.py"), join(HERE, "configs", "weak"), join(HERE, "configs", "hardened")],
    true,
  );
  const pinned = pinnedNames(readFileSync(REQUIREMENTS, "utf8"));
  const missing: string[] = [];
  for (const [name, version] of pinnedNames(out)) {
    const have = pinned.get(name);
    if (have === undefined || (have !== "" && version !== "" && have !== version)) missing.push(`${name}==${version}`);
  }
  if (missing.length > 0) {
    throw new Error(`test/ha/requirements.txt lacks integration requirements: ${missing.join(", ")}`);
  }
}

/** A crude cross-process lock so two runs never pip-install into the same venv at once. */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      closeSync(openSync(LOCK, "wx"));
      writeFileSync(LOCK, String(process.pid));
      break;
    } catch {
      const holder = Number(readFileSync(LOCK, "utf8").trim());
      let alive: boolean;
      try {
        if (holder > 0) process.kill(holder, 0);
        alive = holder > 0;
      } catch {
        alive = false;
      }
      // A lock left by a dead process (or unreadable and old) is stale.
      if (!alive && Date.now() - statSync(LOCK).mtimeMs > 2_000) rmSync(LOCK, { force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK}`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

/** Make sure .venv/ha exists and matches requirements.txt; returns its paths. */
export async function ensureVenv(): Promise<Venv> {
  if (venvIsFresh()) return venvPaths;
  return withLock(async () => {
    if (venvIsFresh()) return venvPaths;
    const started = Date.now();
    if (!existsSync(venvPaths.python)) {
      const python = await findPython();
      log(`creating ${VENV_DIR} with ${python}`);
      await run(python, ["-m", "venv", VENV_DIR]);
    }
    rmSync(STAMP, { force: true });
    const pip = [venvPaths.python, "-m", "pip", "install", "--quiet"] as const;
    log(`installing ${HA_PIN} (no dependencies)`);
    await run(pip[0], [...pip.slice(1), "--no-deps", HA_PIN]);
    const constraints = (
      await run(venvPaths.python, ["-c", "import homeassistant, os; print(os.path.dirname(homeassistant.__file__))"], true)
    ).trim();
    log("installing test/ha/requirements.txt under homeassistant/package_constraints.txt (a few minutes)");
    await run(pip[0], [...pip.slice(1), "-r", REQUIREMENTS, "-c", join(constraints, "package_constraints.txt")]);
    await checkComponentRequirements();
    writeFileSync(STAMP, `${requirementsHash()}\n`);
    log(`venv ready in ${Math.round((Date.now() - started) / 1000)} s`);
    return venvPaths;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureVenv().then(
    (v) => process.stdout.write(`${v.dir}\n`),
    (err: unknown) => {
      process.stderr.write(`[ha-venv] ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
