#!/usr/bin/env node
/**
 * `npm test`: the whole suite on a fresh machine. Installs what is missing (bootstrap.mjs),
 * then runs static checks, generated-file freshness and the unit tests once, and the real
 * Home Assistant tests (vitest `real`: collectors, CLI, backend, the card in headless
 * Chromium) and pytest (backend, outline builder) once per supported Home Assistant release.
 * The summary has one line per suite and release; a release whose Python cannot be had here
 * (no python3.14 and not root) is reported NOT RUN, never as passed, and fails the run in CI.
 * Ends with one line "N passed, N failed, N skipped" over all runners.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT, ensureChromium, ensureNodeModules, ensureVenv } from "./bootstrap.mjs";

const OUT = join(ROOT, "test-results");
mkdirSync(OUT, { recursive: true });

/** The supported releases, read from their one definition (test/ha/versions.ts). */
function supportedReleases() {
  const text = readFileSync(join(ROOT, "test", "ha", "versions.ts"), "utf8");
  const m = /HA_RELEASES = \[([^\]]+)\] as const/.exec(text);
  if (!m) throw new Error("test/ha/versions.ts: HA_RELEASES not found");
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}
const RELEASES = supportedReleases();
const OLDEST = RELEASES[0];

const stages = [];
function stage(name, cmd, args, env = {}) {
  process.stderr.write(`\n=== ${name}: ${cmd} ${args.join(" ")}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  stages.push({ name, status: ok ? "ok" : "FAIL", seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}
/** Replace a real-project stage by two lines: test/real (collectors, CLI, backend) and test/browser (the card in Chromium). */
function splitRealRun(runStage, file, label) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8"));
  const groups = { real: { passed: 0, failed: 0 }, browser: { passed: 0, failed: 0 } };
  for (const suite of report.testResults ?? []) {
    const group = suite.name.includes("/test/browser/") ? groups.browser : groups.real;
    for (const t of suite.assertionResults ?? []) {
      if (t.status === "passed") group.passed += 1;
      else if (t.status === "failed") group.failed += 1;
    }
    if (suite.status === "failed" && (suite.assertionResults ?? []).length === 0) group.failed += 1;
  }
  const at = stages.indexOf(runStage);
  const line = (name, g) => ({
    name: `${name} ${label}: ${g.passed} passed, ${g.failed} failed`,
    // A failed run with no failed test (an error outside tests) fails both lines.
    status: g.failed === 0 && g.passed > 0 && (runStage.status === "ok" || groups.real.failed + groups.browser.failed > 0) ? "ok" : "FAIL",
    seconds: runStage.seconds,
  });
  stages.splice(at, 1, line("real (collectors, CLI, backend)", groups.real), line("browser (the card in Chromium)", groups.browser));
}

function notRun(name, why) {
  process.stderr.write(`\n=== ${name}: NOT RUN (${why})\n`);
  stages.push({ name, status: "NOT RUN", seconds: 0, why });
}

ensureNodeModules();
ensureChromium();
const available = new Map(RELEASES.map((r) => [r, ensureVenv(r)]));
if (!available.get(OLDEST)) {
  process.stderr.write(`[test] Home Assistant ${OLDEST} (Python 3.11) is required for the static checks\n`);
  process.exit(2);
}
const oldestPython = join(ROOT, ".venv", `ha-${OLDEST}`, "bin", "python");

stage("typecheck (src/ without DOM, card/ without Node, then everything)", "npm", ["run", "--silent", "typecheck"]);
stage("lint", "npx", ["eslint", "."]);
stage("catalog and README are fresh", "npx", ["tsx", "scripts/gen-catalog.ts", "--check"]);
stage("translations are fresh", oldestPython, ["scripts/gen_translations.py", "--check"]);
stage("committed card bundle is fresh", "node", ["scripts/check-bundle.mjs"]);

const vitestReports = [];
const junitReports = [];
function vitest(name, file, args, env = {}) {
  const out = join(OUT, file);
  rmSync(out, { force: true });
  vitestReports.push(out);
  stage(name, "npx", ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], env);
}

/** Percent of the integration's Python lines the pytest suite must run, on every release. */
const PYTHON_COVERAGE_FLOOR = 95;
/** Percent of TypeScript statements (src/, card/) the unit tests must run. */
const TYPESCRIPT_COVERAGE_FLOOR = 90;

// The unit run measures statement coverage too (as `npm run coverage` does) and fails below the floor.
vitest("vitest unit (TypeScript core, CLI, card in happy-dom)", "vitest-unit.json", [
  "--project", "unit",
  "--coverage", "--coverage.provider=v8", "--coverage.include=src/**", "--coverage.include=card/**",
  "--coverage.reporter=text-summary", `--coverage.thresholds.statements=${TYPESCRIPT_COVERAGE_FLOOR}`,
]);
for (const release of RELEASES) {
  const label = `on Home Assistant ${release}`;
  if (!available.get(release)) {
    notRun(`real (collectors, CLI, backend) ${label}`, "its Python cannot be had here; see above");
    notRun(`browser (the card in Chromium) ${label}`, "its Python cannot be had here; see above");
    notRun(`pytest (backend, outline) ${label}`, "its Python cannot be had here; see above");
    continue;
  }
  // One vitest run per release (one pair of instances); the summary splits it into the real
  // Home Assistant tests and the browser tests.
  const realJson = `vitest-real-${release}.json`;
  vitest(`vitest real project ${label}`, realJson, ["--project", "real"], { HA_VERSION: release });
  splitRealRun(stages.at(-1), join(OUT, realJson), label);
  const junit = join(OUT, `pytest-${release}.xml`);
  rmSync(junit, { force: true });
  junitReports.push(junit);
  stage(`pytest (backend, outline) ${label}`, "npx", [
    "tsx", "test/ha/run-python.ts", "--ha", release, "--",
    "-m", "pytest", "test/python", "-q", "-p", "no:cacheprovider", `--junitxml=${junit}`,
    // The integration's line coverage is a floor (pytest-cov, shipped with
    // pytest-homeassistant-custom-component): below it the stage fails and says by how much.
    "--cov=custom_components/security_scorecard", "--cov-report=", `--cov-fail-under=${PYTHON_COVERAGE_FLOOR}`,
  ]);
}

// Count tests over all runners.
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of vitestReports) {
  if (!existsSync(file)) continue;
  const v = JSON.parse(readFileSync(file, "utf8"));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
for (const file of junitReports) {
  if (!existsSync(file)) continue;
  const xml = readFileSync(file, "utf8");
  const m = /<testsuite [^>]*?errors="(\d+)" failures="(\d+)" skipped="(\d+)" tests="(\d+)"/.exec(xml);
  if (!m) continue;
  const [errors, failures, skip, tests] = m.slice(1).map(Number);
  failed += errors + failures;
  skipped += skip;
  passed += tests - errors - failures - skip;
}

process.stderr.write("\n=== summary\n");
for (const s of stages) {
  const status = s.status.padEnd(7);
  process.stderr.write(`${status} ${s.name}${s.status === "NOT RUN" ? `: ${s.why}` : ` (${s.seconds}s)`}\n`);
}
const anyFailed = stages.some((s) => s.status === "FAIL");
const anyNotRun = stages.some((s) => s.status === "NOT RUN");
if (anyNotRun) {
  process.stderr.write(
    "\n!!! Some suites did NOT RUN: the current Home Assistant release was not tested on this machine." +
      (process.env.CI ? " In CI that is a failure.\n" : "\n"),
  );
}
if (anyFailed && failed === 0) failed = stages.filter((s) => s.status === "FAIL").length;
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(anyFailed || (anyNotRun && process.env.CI) ? 1 : 0);
