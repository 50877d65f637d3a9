/**
 * One real Home Assistant process on a free loopback port, with a fresh config folder.
 *
 * No orphans: hass is started through a two-line Python wrapper that asks Linux to send it
 * SIGTERM when its parent dies (prctl PR_SET_PDEATHSIG survives execve), so even a SIGKILLed
 * Node process takes Home Assistant down with it. On a normal Node exit the 'exit' hook
 * sends SIGTERM too.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type ConfigName, type LaidOutConfig, layoutConfig, removeConfig } from "./layout.js";
import { ensureVenv } from "./venv.js";
import { type ReleaseSpec, releaseFromEnv } from "./versions.js";

export interface StartOptions {
  readonly config: ConfigName;
  /** Which Home Assistant; default $HA_VERSION, else the current release. */
  readonly release?: ReleaseSpec;
  /** Keep the config folder after stop() (also when HA_KEEP_CONFIG=1). */
  readonly keepConfig?: boolean;
  /** Milliseconds to wait for the HTTP API; default 180 s (first start compiles .pyc files). */
  readonly startTimeoutMs?: number;
  /** Runs on the laid-out config folder before Home Assistant starts (benchmarks add files). */
  readonly prepare?: (configDir: string) => void | Promise<void>;
  /**
   * A Supervisor to talk to (test/ha/supervisor-standin.ts): sets `SUPERVISOR` (host:port) and
   * `SUPERVISOR_TOKEN`, which is how both releases detect one (bootstrap.py loads `hassio`
   * when `SUPERVISOR` is set; hassio/__init__.py async_setup reads both).
   */
  readonly supervisor?: { readonly host: string; readonly token: string };
}

export interface RunningInstance {
  readonly config: ConfigName;
  readonly release: ReleaseSpec;
  readonly url: string;
  readonly port: number;
  readonly configDir: string;
  readonly logFile: string;
  readonly scorecard: LaidOutConfig["scorecard"];
  pid(): number | undefined;
  /** Last lines of Home Assistant's log (and its console output). */
  logTail(lines?: number): string;
  /** Poll GET /api/config with a token until Home Assistant reports state RUNNING. */
  waitUntilRunning(token: string, timeoutMs?: number): Promise<void>;
  /** Stop and start again on the same port and config folder (.storage kept). */
  restart(token?: string): Promise<void>;
  /** SIGTERM, wait, then SIGKILL; removes the config folder unless kept. */
  stop(): Promise<void>;
}

// Wrapper: die with the parent, refuse to start if the parent is already gone, then exec hass.
const PDEATHSIG_WRAPPER = [
  "import ctypes, os, signal, sys",
  "ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG",
  "os.getppid() == int(sys.argv[1]) or sys.exit(70)",
  "os.execv(sys.argv[2], sys.argv[2:])",
].join("\n");

const live = new Set<ChildProcess>();
let hooksInstalled = false;

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on("exit", () => {
    for (const child of live) child.kill("SIGTERM");
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    // Only when nobody else (vitest, the demo) decides what a signal means.
    if (process.listenerCount(signal) > 0) continue;
    process.once(signal, () => {
      for (const child of live) child.kill("SIGTERM");
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
}

function tail(path: string, lines: number): string {
  if (!existsSync(path)) return "";
  return readFileSync(path, "utf8").split("\n").slice(-lines).join("\n");
}

/**
 * Lines that say Home Assistant came up crippled: recovery mode (a critical integration such as
 * the frontend failed, or the config is invalid) or safe mode. Read from every log file, since
 * a restart rotates home-assistant.log to home-assistant.log.1.
 */
const CRIPPLED = /recovery mode|safe mode|Invalid config for|Setup failed for/i;

export function startupProblems(configDir: string, consoleLog: string): string[] {
  const files = readdirSync(configDir)
    .filter((name) => /^home-assistant\.log(\.\d+)?$/.test(name))
    .map((name) => join(configDir, name));
  const lines: string[] = [];
  for (const file of [...files, consoleLog]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n")) if (CRIPPLED.test(line)) lines.push(line.trim());
  }
  return lines;
}

/** Only recovery/safe mode stops a start at once; a failed optional integration is quoted with it. */
function isCrippled(problems: readonly string[]): boolean {
  return problems.some((line) => /recovery mode|safe mode/i.test(line));
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function httpStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  try {
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

export async function startInstance(options: StartOptions): Promise<RunningInstance> {
  const release = options.release ?? releaseFromEnv();
  const venv = await ensureVenv(release);
  const laid = await layoutConfig(options.config, release);
  const url = `http://127.0.0.1:${laid.port}`;
  const logFile = join(laid.dir, "home-assistant.log");
  const consoleLog = join(laid.dir, "hass.console.log");
  const keep = options.keepConfig === true || process.env.HA_KEEP_CONFIG === "1";
  const startTimeoutMs = options.startTimeoutMs ?? 180_000;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  installExitHooks();
  if (options.prepare) await options.prepare(laid.dir);

  const logTail = (lines = 40): string =>
    `--- ${logFile}\n${tail(logFile, lines)}\n--- ${consoleLog}\n${tail(consoleLog, 10)}`;

  function launch(): void {
    const out = openSync(consoleLog, "a");
    const command = venv.pythonCommand(
      ["-c", PDEATHSIG_WRAPPER, String(process.pid), venv.hass, "-c", laid.dir, "--skip-pip", "--log-file", logFile],
      laid.dir,
    );
    const proc = spawn(command.cmd, command.args, {
      cwd: laid.dir,
      env: options.supervisor ? { ...command.env, SUPERVISOR: options.supervisor.host, SUPERVISOR_TOKEN: options.supervisor.token } : command.env,
      stdio: ["ignore", out, out],
      detached: false,
    });
    closeSync(out);
    live.add(proc);
    child = proc;
    exited = new Promise((resolve) => {
      proc.once("exit", () => {
        live.delete(proc);
        resolve();
      });
    });
  }

  /** Wait until the HTTP server answers; before onboarding /api/onboarding is 200, after it 404. */
  async function waitForHttp(expect: readonly number[]): Promise<void> {
    const deadline = Date.now() + startTimeoutMs;
    while (Date.now() < deadline) {
      if (child?.exitCode !== null && child?.exitCode !== undefined) {
        throw new Error(`Home Assistant exited with ${child.exitCode} during start\n${logTail()}`);
      }
      // A missing requirement or an unknown auth provider puts Home Assistant in recovery
      // mode (bootstrap.py); waiting longer will not help.
      const problems = startupProblems(laid.dir, consoleLog);
      if (isCrippled(problems)) {
        throw new Error(`Home Assistant ${release.version} started in recovery/safe mode:\n  ${problems.slice(0, 20).join("\n  ")}`);
      }
      if (expect.includes(await httpStatus(`${url}/api/onboarding`))) return;
      await sleep(250);
    }
    throw new Error(`Home Assistant did not answer on ${url} within ${startTimeoutMs} ms\n${logTail()}`);
  }

  async function waitUntilRunning(token: string, timeoutMs = startTimeoutMs): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = "";
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${url}/api/config`, {
          headers: { Authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(5_000),
        });
        if (res.ok) {
          const body = (await res.json()) as { state?: string };
          last = body.state ?? "";
          if (last === "RUNNING") return;
        } else {
          last = `HTTP ${res.status}`;
          await res.arrayBuffer();
        }
      } catch {
        last = "no answer";
      }
      await sleep(250);
    }
    throw new Error(`Home Assistant on ${url} not RUNNING after ${timeoutMs} ms (last: ${last})\n${logTail()}`);
  }

  async function terminate(): Promise<void> {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill("SIGTERM");
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), 30_000);
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      proc.kill("SIGKILL");
      await exited;
    }
  }

  launch();
  try {
    await waitForHttp([200]);
  } catch (err) {
    await terminate();
    throw err;
  }

  return {
    config: laid.name,
    release,
    url,
    port: laid.port,
    configDir: laid.dir,
    logFile,
    scorecard: laid.scorecard,
    pid: () => child?.pid,
    logTail,
    waitUntilRunning,
    async restart(token?: string) {
      await terminate();
      launch();
      await waitForHttp([200, 404]);
      if (token) await waitUntilRunning(token);
    },
    async stop() {
      await terminate();
      if (!keep) removeConfig(laid.dir);
    },
  };
}
