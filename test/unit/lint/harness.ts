/** Runs `lint-config` (through runCli) over a temporary config folder and reads the JSON report. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CliDeps, Closable } from "../../../src/cli/deps.js";
import { runCli } from "../../../src/cli/run.js";
import type { JsonCheck, JsonReport } from "../../../src/report/json.js";
import { vi } from "vitest";

// Each lint run starts the Python outline builder (two short processes): on a busy
// 2-core CI machine a test of several runs can outlast vitest's default 5 s.
vi.setConfig({ testTimeout: 30_000 });

export const CANARY = "CANARY-5f1e2d3c4b";
export const NOW = new Date("2026-11-01T12:00:00Z");

export interface LintRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function tempConfig(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "lint-config-"));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `env` goes on top of the process's for the outline builder's Python (PATH, XDG_CACHE_HOME). */
export async function lint(argv: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<LintRun> {
  let stdout = "";
  let stderr = "";
  const deps: CliDeps<Closable> = {
    openConnection: () => Promise.reject(new Error("lint-config must not connect")),
    fetchLoginProviders: () => Promise.reject(new Error("lint-config must not connect")),
    collectFacts: () => Promise.reject(new Error("lint-config must not connect")),
    env,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readFile: (p) => readFile(p, "utf8"),
    writeFile: () => Promise.reject(new Error("not in tests")),
    now: () => NOW,
    version: "0.0.0-test",
  };
  const code = await runCli(["lint-config", ...argv], deps);
  return { code, stdout, stderr };
}

/** lint-config --format json over `files`; the report, its checks by id, and the run. */
export async function lintJson(files: Record<string, string | Buffer>, extra: readonly string[] = []): Promise<{ report: JsonReport; checks: Map<string, JsonCheck>; run: LintRun }> {
  const { dir, cleanup } = tempConfig(files);
  try {
    const run = await lint([dir, "--format", "json", ...extra]);
    const report = JSON.parse(run.stdout) as JsonReport;
    const checks = new Map(report.categories.flatMap((c) => c.checks).map((c) => [c.id, c]));
    return { report, checks, run };
  } finally {
    cleanup();
  }
}

export function evidenceOf(checks: Map<string, JsonCheck>, id: string): string[] {
  return (checks.get(id)?.evidence ?? []).map((e) => `${e.file ?? ""}:${e.line ?? ""} ${e.text}`);
}
