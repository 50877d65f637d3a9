/**
 * lint-config as a command: per-file errors are reported while the rest is still checked,
 * exit codes for pre-commit (--fail-on, --fail-under, --accept), SARIF locations, --all.
 */
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CANARY, evidenceOf, lint, lintJson, tempConfig } from "./harness.js";

const LEAK = `mqtt:\n  password: ${CANARY}-leak\n`;
const IS_ROOT = typeof process.getuid === "function" && process.getuid() === 0;

describe("per-file errors", () => {
  it("reports malformed, binary, cycle, missing include and too-large files, and still checks the rest", async () => {
    const { checks, run } = await lintJson({
      "configuration.yaml": "sensor: !include sensors.yaml\nautomation: !include missing.yaml\nloop: !include loop.yaml\nbig: !include big.yaml\n",
      "sensors.yaml": LEAK,
      "loop.yaml": "again: !include loop.yaml\n",
      "broken.yaml": `a: b\n  c: "${CANARY}"\n`,
      "blob.yaml": Buffer.from([0x61, 0x3a, 0x00, 0xff, 0x01]),
      "big.yaml": `k: "${"x".repeat(8_400_000)}"\n`, // over the 8 MiB max_file_bytes
    });
    const errors = evidenceOf(checks, "config-outline-errors").join("\n");
    expect(checks.get("config-outline-errors")?.status).not.toBe("pass");
    expect(errors).toContain("broken.yaml");
    expect(errors).toContain("blob.yaml");
    expect(errors).toContain("big.yaml");
    expect(errors).toMatch(/configuration\.yaml:2|missing/);
    expect(errors).toMatch(/loop\.yaml/);
    // The readable file is still judged.
    expect(evidenceOf(checks, "secrets-plaintext-credential").join("\n")).toMatch(/sensors\.yaml:2 .*sensor\.mqtt\.password/);
    expect(run.stdout).not.toContain(CANARY);
    expect(run.stderr).toMatch(/file\(s\) could not be read completely/);
    // big.yaml was not read: the run is incomplete, whatever the findings say.
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot judge .*not read: big\.yaml \(The file is larger than the limit of 8388608 bytes\.\)/);
  });

  it.skipIf(IS_ROOT)("reports an unreadable file", async () => {
    const { dir, cleanup } = tempConfig({ "configuration.yaml": "a: !include secret_part.yaml\n", "secret_part.yaml": LEAK });
    try {
      chmodSync(path.join(dir, "secret_part.yaml"), 0o000);
      const run = await lint([dir, "--format", "json"]);
      expect(run.stdout).toContain("could not be read");
    } finally {
      chmodSync(path.join(dir, "secret_part.yaml"), 0o600);
      cleanup();
    }
  });

  it("reports a symlink loop and a symlink out of the folder without following it", async () => {
    const { dir, cleanup } = tempConfig({ "configuration.yaml": "a: 1\n" });
    const outside = mkdtempSync(path.join(tmpdir(), "outside-"));
    try {
      writeFileSync(path.join(outside, "x.yaml"), LEAK);
      symlinkSync(path.join(outside, "x.yaml"), path.join(dir, "escape.yaml"));
      symlinkSync("self.yaml", path.join(dir, "self.yaml"));
      const run = await lint([dir, "--format", "json"]);
      expect(run.stdout).toContain("escape.yaml");
      expect(run.stdout).toContain("self.yaml");
      expect(run.stdout).not.toContain(CANARY);
      expect(run.stdout).not.toContain("mqtt.password");
    } finally {
      rmSync(outside, { recursive: true, force: true });
      cleanup();
    }
  });
});

describe("exit codes", () => {
  it("0 for a clean folder, 1 for a failing high/critical check (default --fail-on high)", async () => {
    const clean = tempConfig({ "configuration.yaml": "mqtt:\n  password: !secret p\n" });
    const dirty = tempConfig({ "configuration.yaml": LEAK });
    try {
      expect((await lint([clean.dir, "--format", "json"])).code).toBe(0);
      const bad = await lint([dirty.dir, "--format", "json"]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain("secrets-plaintext-credential");
      expect(bad.stderr).not.toContain(CANARY);
    } finally {
      clean.cleanup();
      dirty.cleanup();
    }
  });

  it("--fail-on none never fails on findings; --fail-under still applies", async () => {
    const dirty = tempConfig({ "configuration.yaml": LEAK });
    try {
      expect((await lint([dirty.dir, "--format", "json", "--fail-on", "none"])).code).toBe(0);
      expect((await lint([dirty.dir, "--format", "json", "--fail-on", "none", "--fail-under", "A"])).code).toBe(1);
    } finally {
      dirty.cleanup();
    }
  });

  it("--fail-on critical ignores a medium finding; --fail-on medium does not", async () => {
    // login_attempts_threshold unset: net-login-threshold (medium) fails.
    const cfg = tempConfig({ "configuration.yaml": "http:\n  ip_ban_enabled: true\n" });
    try {
      expect((await lint([cfg.dir, "--format", "json", "--fail-on", "critical"])).code).toBe(0);
      expect((await lint([cfg.dir, "--format", "json", "--fail-on", "medium"])).code).toBe(1);
    } finally {
      cfg.cleanup();
    }
  });

  it("an accepted finding does not fail the hook", async () => {
    const cfg = tempConfig({ "configuration.yaml": LEAK, "accept.yaml": "secrets-plaintext-credential:\n  kind: risk_accepted\n  reason: test instance\n" });
    try {
      const run = await lint([cfg.dir, "--format", "json", "--accept", path.join(cfg.dir, "accept.yaml")]);
      expect(run.code).toBe(0);
    } finally {
      cfg.cleanup();
    }
  });

  it("2 when DIR is not a folder or an option is invalid", async () => {
    expect((await lint(["/nonexistent-folder-for-lint"])).code).toBe(2);
    expect((await lint([".", "--fail-on", "severe"])).code).toBe(2);
    expect((await lint([".", "--format", "xml"])).code).toBe(2);
  });

  it("--help prints the usage with exit 0", async () => {
    const run = await lint(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--fail-on SEVERITY");
  });
});

describe("report shape", () => {
  it("SARIF results carry the file and startLine, relative to %SRCROOT%", async () => {
    const { dir, cleanup } = tempConfig({ "configuration.yaml": `homeassistant:\n  name: x\n${LEAK}` });
    try {
      const run = await lint([dir, "--format", "sarif"]);
      const sarif = JSON.parse(run.stdout) as { runs: { results: { ruleId: string; locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number } } }[] }[] }[] };
      const hit = sarif.runs[0]?.results.find((r) => r.ruleId === "secrets-plaintext-credential");
      const loc = hit?.locations?.[0]?.physicalLocation;
      expect(loc?.artifactLocation.uriBaseId).toBe("%SRCROOT%");
      expect(loc?.artifactLocation.uri).toMatch(/configuration\.yaml$/);
      expect(loc?.region?.startLine).toBe(4);
      expect(run.stdout).not.toContain(CANARY);
    } finally {
      cleanup();
    }
  });

  it("--all shows the live-only checks as not assessed", async () => {
    const { checks } = await lintJson({ "configuration.yaml": "a: 1\n" }, ["--all"]);
    expect(checks.get("backup-recent")?.status).toBe("not_assessed");
    expect(checks.get("backup-recent")?.reason).toContain("not observable offline");
    expect(checks.get("secrets-plaintext-credential")?.status).toBe("pass");
  });
});
