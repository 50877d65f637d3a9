/**
 * The config outline for lint-config, built by the integration's own Python builder
 * (custom_components/security_scorecard/outline/, shipped in the npm package): one
 * builder for the server and the CLI, reading YAML with PyYAML as Home Assistant does.
 * `--relevant`: only the entries the checks read (outline/relevance.json, generated from
 * src/checks/outline-relevance.ts), in the encoding the integration sends, decoded and
 * validated by the same code as the backend's outline (src/collect/outline-wire.ts).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CliError } from "../cli/errors.js";
import { decodeOutline } from "../collect/outline-wire.js";
import type { Outline } from "../facts/types.js";
import { type PythonOptions, pythonWithYaml } from "./python.js";

const PACKAGE_PATH = ["custom_components", "security_scorecard", "outline"];
/** A hang guard only: the builder stops its own walk after max_seconds (25 s). */
const BUILD_TIMEOUT_MS = 600_000;
/** Past this, the text would not fit a JavaScript string; the limits keep real outlines far below. */
const MAX_OUTPUT_BYTES = 400 * 1024 * 1024;

export class ConfigDirError extends Error {
  constructor() {
    super("config folder not found");
    this.name = "ConfigDirError";
  }
}

/**
 * The builder package's folder: beside `dist/` in the npm package, at the repository
 * root when run from source (the nearest ancestor that holds it).
 */
export function outlinePackage(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, ...PACKAGE_PATH);
    if (existsSync(path.join(candidate, "__main__.py"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new CliError("the outline builder (custom_components/security_scorecard/outline) is missing from this installation; reinstall ha-security-scorecard");
    dir = parent;
  }
}

export interface BuildOptions extends PythonOptions {
  /** A limits.json for the builder (tests; the defaults otherwise). */
  readonly limitsFile?: string;
  /** Every entry, not only those the checks read (tests, debugging). */
  readonly full?: boolean;
}

/** Outline every YAML file under `configDir`. Throws ConfigDirError when it is not a folder, CliError when Python cannot build it. */
export async function buildOutline(configDir: string, options: BuildOptions): Promise<Outline> {
  let isDir: boolean;
  try {
    isDir = (await stat(configDir)).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new ConfigDirError();
  const python = await pythonWithYaml(options);
  const pkg = outlinePackage();
  const args = [pkg, options.full === true ? "--compact" : "--relevant", ...(options.limitsFile === undefined ? [] : ["--limits", options.limitsFile]), "--", configDir];
  const text = await runBuilder(python, args, options);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError("the outline builder's output is not JSON");
  }
  const parsed = decodeOutline(value);
  if (!parsed.ok) throw new CliError(`the outline builder's output has an unexpected shape at ${parsed.field}`);
  return parsed.value;
}

/** The builder's stdout, read chunk by chunk. Its stderr is never shown: a Python traceback can quote a line of the config. */
function runBuilder(python: string, args: readonly string[], options: BuildOptions): Promise<string> {
  const retry = `run \`${python} ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(" ")}\` to see why`;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    let settled = false;
    const fail = (message: string): void => {
      if (!settled) {
        settled = true;
        reject(new CliError(message));
      }
    };
    const child = spawn(python, [...args], { env: options.env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"], timeout: BUILD_TIMEOUT_MS, windowsHide: true });
    child.stdout.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) {
        tooBig = true;
        child.kill();
        return;
      }
      chunks.push(chunk);
    });
    child.stderr.resume(); // drained, never echoed
    child.on("error", (err: NodeJS.ErrnoException) => fail(`cannot run the outline builder with ${python} (${err.code ?? "error"})`));
    child.on("close", (code, signal) => {
      if (tooBig) return fail(`the outline is larger than ${MAX_OUTPUT_BYTES} bytes; lint the config in parts`);
      if (code !== 0) return fail(`the outline builder failed (${code === null ? `signal ${signal ?? "?"}` : `exit ${code}`}); ${retry}`);
      if (!settled) {
        settled = true;
        resolve(Buffer.concat(chunks, size).toString("utf8"));
      }
    });
  });
}
