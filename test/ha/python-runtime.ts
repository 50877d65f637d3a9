/**
 * Where a Home Assistant release's Python runs.
 *
 * - Python 3.11 (Home Assistant 2024.3.3) is the machine's own.
 * - Python 3.14 (the current release) is a host `python3.14` when there is one; otherwise, as
 *   root, a minimal Debian testing root built with `debootstrap` from Debian's packages and
 *   cached under .cache/ (rebuilt when ROOT_RECIPE changes). A command runs inside it through
 *   `unshare --mount` + `chroot`: the repository is bind-mounted at its own path, with /proc,
 *   /dev and /sys, in a private mount namespace — so the mounts exist only while that command
 *   runs and vanish with its last process, however it ends; nothing is ever mounted on the host.
 *   The process keeps the host's network, so Home Assistant inside listens on this machine's
 *   127.0.0.1 and everything outside reaches it unchanged.
 * Without python3.14 and without root the current release is unavailable (RuntimeUnavailable):
 * the test runner reports its suites as not run.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withLock } from "./lock.js";
import { CACHE_DIR, REPO_ROOT } from "./paths.js";

export type PythonVersion = "3.11" | "3.14";

/** Thrown when a Python cannot be had on this machine; the message says what would fix it. */
export class RuntimeUnavailable extends Error {
  override name = "RuntimeUnavailable";
}

export interface Command {
  readonly cmd: string;
  readonly args: string[];
  readonly env: NodeJS.ProcessEnv;
}

export interface PythonRuntime {
  readonly version: PythonVersion;
  /** For logs and the README: "host python3.11", "Debian testing root (.cache/…)". */
  readonly description: string;
  /** The interpreter that creates venvs, as a path valid where commands run. */
  readonly basePython: string;
  /** `exe args…` in `cwd` (a path inside the repository for the root), ready for spawn. */
  command(exe: string, args: readonly string[], cwd?: string): Command;
}

/** Debian testing ("forky") has python3.14; g++ and python3.14-dev build the two requirements without cp314 wheels (pymicro-vad, pyspeex-noise). */
export const ROOT_RECIPE = {
  suite: "testing",
  mirror: "http://deb.debian.org/debian",
  variant: "minbase",
  packages: ["python3.14", "python3.14-venv", "python3.14-dev", "g++", "ca-certificates", "tzdata", "git"],
  // Bump when the way the root is prepared changes.
  revision: 1,
} as const;

export const ROOT_DIR = join(CACHE_DIR, "python3.14-root");
const ROOT_STAMP = join(ROOT_DIR, ".recipe");
const ROOT_LOCK = join(CACHE_DIR, "python3.14-root.lock");

function log(message: string): void {
  process.stderr.write(`[python-runtime] ${message}\n`);
}

function recipeHash(): string {
  return createHash("sha256").update(JSON.stringify(ROOT_RECIPE)).digest("hex").slice(0, 16);
}

function pythonVersionOf(exe: string): string | undefined {
  const r = spawnSync(exe, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function hostRuntime(version: PythonVersion, exe: string): PythonRuntime {
  return {
    version,
    description: `host ${exe} (Python ${version})`,
    basePython: exe,
    command: (cmd, args) => ({ cmd, args: [...args], env: { ...process.env } }),
  };
}

/** A host interpreter of this version: $HA_PYTHON_3_11 / $HA_PYTHON_3_14, python3.X, python3. */
function findHostPython(version: PythonVersion): string | undefined {
  const named = process.env[`HA_PYTHON_${version.replace(".", "_")}`];
  const legacy = version === "3.11" ? process.env.HA_PYTHON : undefined;
  for (const candidate of [named, legacy, `python${version}`, "python3"]) {
    if (candidate && pythonVersionOf(candidate) === version) return candidate;
  }
  return undefined;
}

// Runs in a fresh mount namespace (unshare -m, private propagation): set up the mounts, then
// become the command inside the root. `exec` keeps the pid, so a PR_SET_PDEATHSIG wrapper
// further down still has Node as its parent.
const ENTER_ROOT = [
  "set -e",
  'root="$1"; repo="$2"; cwd="$3"; shift 3',
  'mkdir -p "$root$repo"',
  'mount --bind "$repo" "$root$repo"',
  'mount -t proc proc "$root/proc"',
  'mount --rbind /dev "$root/dev"',
  'mount --rbind /sys "$root/sys"',
  'exec chroot "$root" /usr/bin/env --chdir="$cwd" "$@"',
].join("\n");

function rootEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Host-only paths that mean nothing inside the root.
  delete env.PIP_FIND_LINKS;
  delete env.VIRTUAL_ENV;
  env.PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  env.HOME = "/root";
  return env;
}

function rootRuntime(): PythonRuntime {
  return {
    version: "3.14",
    description: `Debian ${ROOT_RECIPE.suite} root (${ROOT_DIR}, python3.14)`,
    basePython: "/usr/bin/python3.14",
    command: (cmd, args, cwd = REPO_ROOT) => {
      const inside = cwd === REPO_ROOT || cwd.startsWith(`${REPO_ROOT}/`) ? cwd : "/";
      return {
        cmd: "unshare",
        args: ["--mount", "--propagation", "private", "/bin/sh", "-c", ENTER_ROOT, "enter-root", ROOT_DIR, REPO_ROOT, inside, cmd, ...args],
        env: rootEnv(),
      };
    },
  };
}

function run(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env });
    child.on("error", (err) => reject(new Error(`${cmd} could not start: ${err.message}`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.slice(0, 6).join(" ")} … exited with ${code}`))));
  });
}

/** The machine's name resolution and CA bundle, so pip inside trusts the registry as the host does. */
function refreshHostFiles(): void {
  for (const file of ["/etc/resolv.conf", "/etc/hosts", "/etc/ssl/certs/ca-certificates.crt"]) {
    if (!existsSync(file)) continue;
    const target = join(ROOT_DIR, file);
    mkdirSync(join(target, ".."), { recursive: true });
    rmSync(target, { force: true });
    copyFileSync(file, target);
  }
}

export function rootIsFresh(): boolean {
  return existsSync(ROOT_STAMP) && readFileSync(ROOT_STAMP, "utf8").trim() === recipeHash();
}

async function ensureDebootstrap(): Promise<void> {
  if (spawnSync("debootstrap", ["--version"]).status === 0) return;
  log("installing Debian's debootstrap (apt-get)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update", "-q"], env);
  await run("apt-get", ["install", "-y", "-q", "--no-install-recommends", "debootstrap"], env);
}

async function buildRoot(): Promise<void> {
  await ensureDebootstrap();
  const started = Date.now();
  const staging = `${ROOT_DIR}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  log(`building a Debian ${ROOT_RECIPE.suite} root with python3.14 (debootstrap, about a minute, ~400 MB)`);
  try {
    await run("debootstrap", [
      `--variant=${ROOT_RECIPE.variant}`,
      `--include=${ROOT_RECIPE.packages.join(",")}`,
      ROOT_RECIPE.suite,
      staging,
      ROOT_RECIPE.mirror,
    ]);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  rmSync(ROOT_DIR, { recursive: true, force: true });
  renameSync(staging, ROOT_DIR);
  writeFileSync(ROOT_STAMP, `${recipeHash()}\n`);
  log(`root ready in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Why the current release cannot run here, or undefined when it can. */
export function unavailableReason(version: PythonVersion): string | undefined {
  if (findHostPython(version)) return undefined;
  if (version === "3.11") return "Python 3.11 is needed (set HA_PYTHON_3_11 to its path)";
  if (process.getuid?.() === 0) return undefined;
  return "no python3.14 on this machine and not root (building a Debian testing root needs root): set HA_PYTHON_3_14, or run as root";
}

export async function ensurePythonRuntime(version: PythonVersion): Promise<PythonRuntime> {
  const host = findHostPython(version);
  if (host) return hostRuntime(version, host);
  const reason = unavailableReason(version);
  if (reason) throw new RuntimeUnavailable(reason);
  await withLock(ROOT_LOCK, async () => {
    if (!rootIsFresh()) await buildRoot();
  });
  refreshHostFiles();
  return rootRuntime();
}

/** Spawn a runtime command and collect its stdout. */
export function capture(command: Command, cwd?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command.cmd, command.args, { cwd, stdio: ["ignore", "pipe", "inherit"], env: command.env });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.on("error", (err) => reject(new Error(`${command.cmd} could not start: ${err.message}`)));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${command.args.slice(-4).join(" ")} exited with ${code}`))));
  });
}

/** Spawn a runtime command with inherited output; rejects on a non-zero exit. */
export function runCommand(command: Command, cwd?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command.cmd, command.args, { cwd, stdio: ["ignore", "inherit", "inherit"], env: command.env });
    child.on("error", (err) => reject(new Error(`${command.cmd} could not start: ${err.message}`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command.args.slice(-6).join(" ")} exited with ${code}`))));
  });
}
