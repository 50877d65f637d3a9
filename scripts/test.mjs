#!/usr/bin/env node
/**
 * `npm test`: the whole suite on a fresh machine. Installs what is missing (bootstrap.mjs),
 * then runs static checks, generated-file freshness, vitest (unit, card, and the real
 * Home Assistant tests incl. headless Chromium) and pytest (backend, outline builder).
 * Ends with one line "N passed, N failed" over all runners.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT, ensureChromium, ensureNodeModules, ensureVenv } from "./bootstrap.mjs";

const VENV_PY = join(ROOT, ".venv", "ha", "bin", "python");
const OUT = join(ROOT, "test-results");
mkdirSync(OUT, { recursive: true });

const stages = [];
function stage(name, cmd, args, env = {}) {
  process.stderr.write(`\n=== ${name}: ${cmd} ${args.join(" ")}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  stages.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

ensureNodeModules();
ensureChromium();
ensureVenv();

stage("typecheck", "npx", ["tsc", "-p", "."]);
stage("lint", "npx", ["eslint", "."]);
stage("catalog and README are fresh", "npx", ["tsx", "scripts/gen-catalog.ts", "--check"]);
stage("translations are fresh", VENV_PY, ["scripts/gen_translations.py", "--check"]);
stage("committed card bundle is fresh", "node", ["scripts/check-bundle.mjs"]);

const vitestJson = join(OUT, "vitest.json");
rmSync(vitestJson, { force: true });
stage("vitest (unit, card, real Home Assistant)", "npx", [
  "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`,
]);
const junit = join(OUT, "pytest.xml");
rmSync(junit, { force: true });
stage("pytest (backend, outline)", VENV_PY, ["-m", "pytest", "test/python", "-q", "-p", "no:cacheprovider", `--junitxml=${junit}`]);

// Count tests over both runners.
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, "utf8"));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
if (existsSync(junit)) {
  const xml = readFileSync(junit, "utf8");
  const m = /<testsuite [^>]*?errors="(\d+)" failures="(\d+)" skipped="(\d+)" tests="(\d+)"/.exec(xml);
  if (m) {
    const [errors, failures, skip, tests] = m.slice(1).map(Number);
    failed += errors + failures;
    skipped += skip;
    passed += tests - errors - failures - skip;
  }
}

process.stderr.write("\n=== summary\n");
for (const s of stages) process.stderr.write(`${s.ok ? "ok  " : "FAIL"} ${s.name} (${s.seconds}s)\n`);
const allOk = stages.every((s) => s.ok);
if (!allOk && failed === 0) failed = stages.filter((s) => !s.ok).length;
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(allOk ? 0 : 1);
