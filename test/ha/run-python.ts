/**
 * Run a command with one release's venv Python, where that Python lives (the host, or the
 * Debian testing root for 3.14): `npx tsx test/ha/run-python.ts --ha 2026.10 -- -m pytest …`.
 * Exits with the command's code; 3 when the release's Python cannot be had on this machine.
 */
import { spawn } from "node:child_process";
import { REPO_ROOT } from "./paths.js";
import { ensureVenv, releasesFromArgs } from "./venv.js";

async function main(argv: readonly string[]): Promise<number> {
  const split = argv.indexOf("--");
  if (split < 0 || !argv.includes("--ha")) throw new Error("usage: run-python.ts --ha VERSION -- ARGS…");
  const [release] = releasesFromArgs(argv.slice(0, split));
  if (!release) throw new Error("--ha needs a version");
  const venv = await ensureVenv(release);
  const command = venv.pythonCommand(argv.slice(split + 1), process.cwd().startsWith(REPO_ROOT) ? process.cwd() : REPO_ROOT);
  return new Promise((resolve, reject) => {
    const child = spawn(command.cmd, command.args, { stdio: "inherit", env: command.env });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`[run-python] ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(err instanceof Error && err.name === "RuntimeUnavailable" ? 3 : 1);
  },
);
