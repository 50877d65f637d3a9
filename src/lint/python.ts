/**
 * The Python that runs the outline builder for lint-config: the machine's `python3` (or
 * `--python PATH`), version 3.9 or newer, with PyYAML — Home Assistant's own YAML loader,
 * so lint-config reads a file exactly as Home Assistant does. Where PyYAML is not
 * importable, it is installed once into a private venv under the user's cache folder
 * (`$XDG_CACHE_HOME` or `~/.cache`, then `ha-security-scorecard/python-<major.minor>`),
 * with one line on stderr saying so; later runs reuse that venv.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { CliError } from "../cli/errors.js";

export const MIN_PYTHON: readonly [number, number] = [3, 9];
/** What pip installs: the PyYAML releases Home Assistant has used (6.0.1 in 2024.3, 6.0.x since). */
export const PYYAML_REQUIREMENT = "PyYAML>=6.0.1,<7";
export const CACHE_SUBDIR = "ha-security-scorecard";
const DEFAULT_PYTHON = "python3";
const PROBE_TIMEOUT_MS = 30_000;
const INSTALL_TIMEOUT_MS = 600_000;
// One JSON line: the interpreter's version and whether `import yaml` works there.
const PROBE = [
  "import json, sys",
  "try:",
  "    import yaml  # noqa: F401",
  "    ok = True",
  "except Exception:",
  "    ok = False",
  "print(json.dumps({'version': list(sys.version_info[:2]), 'yaml': ok}))",
].join("\n");

export type Env = Readonly<Record<string, string | undefined>>;

export interface PythonOptions {
  /** `--python PATH`; null: `python3` from PATH. */
  readonly python: string | null;
  /** The environment the interpreter runs in (PATH finds python3; pip reads its own settings). */
  readonly env: Env;
  /** Where the one stderr line about a first-use install goes. */
  readonly notice: (line: string) => void;
}

interface Probe {
  readonly version: readonly [number, number];
  readonly yaml: boolean;
}

export interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The spawn error's code (ENOENT: no such program), or null when it ran. */
  readonly spawnError: string | null;
}

/** Run a program to its end (small outputs only: probes and pip). Never throws. */
export function runProgram(command: string, args: readonly string[], env: Env, timeoutMs: number): Promise<Ran> {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let settled = false;
    const done = (ran: Ran): void => {
      if (!settled) {
        settled = true;
        resolve(ran);
      }
    };
    const child = spawn(command, [...args], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs, windowsHide: true });
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout = (stdout + s).slice(-65_536)));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr = (stderr + s).slice(-65_536)));
    child.on("error", (err: NodeJS.ErrnoException) => done({ code: null, stdout, stderr, spawnError: err.code ?? "error" }));
    child.on("close", (code) => done({ code, stdout, stderr, spawnError: null }));
  });
}

export function venvPython(venv: string): string {
  return process.platform === "win32" ? path.join(venv, "Scripts", "python.exe") : path.join(venv, "bin", "python");
}

/** `$XDG_CACHE_HOME` (when absolute, as the XDG spec asks) or `~/.cache`. */
export function cacheRoot(env: Env): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && path.isAbsolute(xdg)) return xdg;
  return path.join(env.HOME ?? homedir(), ".cache");
}

export function venvFolder(env: Env, version: readonly [number, number]): string {
  return path.join(cacheRoot(env), CACHE_SUBDIR, `python-${version[0]}.${version[1]}`);
}

type Probed = Probe | { readonly spawnError: string } | null;

/** What the interpreter says about itself; its spawn error; or null when it answered nothing usable. */
async function probe(python: string, env: Env): Promise<Probed> {
  const ran = await runProgram(python, ["-c", PROBE], env, PROBE_TIMEOUT_MS);
  if (ran.spawnError !== null) return { spawnError: ran.spawnError };
  if (ran.code !== 0) return null;
  try {
    const parsed = JSON.parse(ran.stdout.trim().split("\n").pop() ?? "") as { version?: unknown; yaml?: unknown };
    const v = parsed.version;
    if (!Array.isArray(v) || v.length !== 2 || !v.every((n) => Number.isInteger(n))) return null;
    return { version: [v[0] as number, v[1] as number], yaml: parsed.yaml === true };
  } catch {
    return null;
  }
}

function tooOld(version: readonly [number, number]): boolean {
  return version[0] < MIN_PYTHON[0] || (version[0] === MIN_PYTHON[0] && version[1] < MIN_PYTHON[1]);
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * The interpreter to run the outline builder with: the chosen one when PyYAML imports
 * there, else the private venv's (made on first use). Throws CliError (exit 2) with the
 * fix when there is no usable Python.
 */
export async function pythonWithYaml(options: PythonOptions): Promise<string> {
  const chosen = options.python ?? DEFAULT_PYTHON;
  const fix = "install Python 3.9 or newer (e.g. apt install python3) or pass --python PATH";
  const probed = await probe(chosen, options.env);
  if (probed !== null && "spawnError" in probed) {
    throw new CliError(options.python === null ? `lint-config needs Python: python3 was not found; ${fix}` : `--python ${chosen}: cannot run it (${probed.spawnError}); ${fix}`);
  }
  if (probed === null) throw new CliError(`${chosen} did not answer as a Python interpreter; ${fix}`);
  if (tooOld(probed.version)) throw new CliError(`${chosen} is Python ${probed.version.join(".")}; lint-config needs ${MIN_PYTHON.join(".")} or newer: ${fix}`);
  if (probed.yaml) return chosen;

  const venv = venvFolder(options.env, probed.version);
  const python = venvPython(venv);
  if (await exists(venv)) {
    const reused = await probe(python, options.env);
    if (reused !== null && "yaml" in reused && reused.yaml) return python;
    await rm(venv, { recursive: true, force: true }); // its base interpreter went away: make it again
  }
  options.notice(`PyYAML is not importable by ${chosen}; installing it once into ${venv} (first use; later runs reuse it)`);
  await makeVenv(chosen, venv, options.env);
  return python;
}

/** A venv with PyYAML at `venv`, built beside it and renamed into place, so a half-made one is never reused. */
async function makeVenv(python: string, venv: string, env: Env): Promise<void> {
  await mkdir(path.dirname(venv), { recursive: true });
  const building = `${venv}.building-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    const made = await runProgram(python, ["-m", "venv", building], env, INSTALL_TIMEOUT_MS);
    if (made.code !== 0) {
      const hint = /ensurepip|venv/.test(made.stderr) ? " (Debian/Ubuntu: apt install python3-venv)" : "";
      throw new CliError(`cannot create a venv with ${python}${hint}; or install PyYAML for it (pip install pyyaml, apt install python3-yaml), or pass --python PATH`);
    }
    const pip = await runProgram(venvPython(building), ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", PYYAML_REQUIREMENT], env, INSTALL_TIMEOUT_MS);
    if (pip.code !== 0) {
      throw new CliError(`cannot install PyYAML (pip exited ${pip.code ?? "on a signal"}); install it for ${python} (pip install pyyaml) or pass --python PATH`);
    }
    try {
      await rename(building, venv);
    } catch (err) {
      // Another lint-config finished the same venv first: use that one.
      if (!(await exists(venv))) throw err;
    }
  } finally {
    await rm(building, { recursive: true, force: true });
  }
}
