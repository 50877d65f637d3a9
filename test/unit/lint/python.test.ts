/**
 * lint-config runs the integration's Python outline builder: PyYAML installed on first use
 * into a private venv under the cache folder (one stderr line), reused on the next run;
 * no python3 → exit 2 with the fix; the package ships the builder.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { outlinePackage } from "../../../src/lint/outline.js";
import { CANARY, evidenceOf, lint, lintJson, tempConfig } from "./harness.js";

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(prefix: string): string {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

const INSTALL_LINE = /PyYAML is not importable by .*; installing it once into (.*) \(first use; later runs reuse it\)/;

describe("the Python that builds the outline", () => {
  it("installs PyYAML once into a private venv for an interpreter without it, and reuses it", { timeout: 600_000 }, async () => {
    // A bare venv: no pip, no system site-packages, so `import yaml` fails there.
    const bare = path.join(tempDir("bare-python-"), "venv");
    execFileSync("python3", ["-m", "venv", "--without-pip", bare]);
    const python = path.join(bare, "bin", "python");
    expect(() => execFileSync(python, ["-c", "import yaml"], { stdio: "ignore" })).toThrow();
    const cache = tempDir("cache-");
    const version = execFileSync(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { encoding: "utf8" }).trim();
    const { dir, cleanup } = tempConfig({ "configuration.yaml": "mqtt:\n  password: !secret p\n" });
    try {
      const first = await lint([dir, "--format", "json", "--python", python], { XDG_CACHE_HOME: cache });
      expect(first.stderr).toMatch(INSTALL_LINE);
      expect(first.stderr.match(INSTALL_LINE)?.[1]).toBe(path.join(cache, "ha-security-scorecard", `python-${version}`));
      expect(first.stderr.split("\n").filter((l) => l.includes("PyYAML"))).toHaveLength(1);
      expect(first.code).toBe(0);
      expect(readdirSync(path.join(cache, "ha-security-scorecard"))).toEqual([`python-${version}`]); // no half-made venv left

      const second = await lint([dir, "--format", "json", "--python", python], { XDG_CACHE_HOME: cache });
      expect(second.stderr).not.toMatch(/PyYAML|installing/);
      expect(second.code).toBe(0);
      expect(second.stdout).toBe(first.stdout);
    } finally {
      cleanup();
    }
  });

  it("exits 2 with the fix in one line when there is no python3", async () => {
    const { dir, cleanup } = tempConfig({ "configuration.yaml": "a: 1\n" });
    try {
      const run = await lint([dir], { PATH: tempDir("empty-path-") });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe("ha-security-scorecard: lint-config needs Python: python3 was not found; install Python 3.9 or newer (e.g. apt install python3) or pass --python PATH\n");
    } finally {
      cleanup();
    }
  });

  it("exits 2 for a --python that cannot run or is not Python", async () => {
    const { dir, cleanup } = tempConfig({ "configuration.yaml": "a: 1\n" });
    try {
      const missing = await lint([dir, "--python", "/nonexistent/python3"]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^ha-security-scorecard: --python \/nonexistent\/python3: cannot run it \(ENOENT\); .* pass --python PATH\n$/);
      const notPython = await lint([dir, "--python", "false"]);
      expect(notPython.code).toBe(2);
      expect(notPython.stderr).toMatch(/^ha-security-scorecard: false did not answer as a Python interpreter; /);
      expect((await lint([dir, "--python", ""])).stderr).toContain("--python needs the path of a Python interpreter");
    } finally {
      cleanup();
    }
  });
});

describe("PyYAML decides what is valid YAML, as in Home Assistant", () => {
  it("judges a package file with a quoted scalar continued at its key's indentation", async () => {
    // PyYAML: {'a': {'tweet': 'x "one", "two" '}}; the `yaml` package refused it (MISSING_CHAR).
    const { checks, run } = await lintJson({
      "configuration.yaml": "homeassistant:\n  packages: !include_dir_named packages\n",
      "packages/social.yaml": `a:\n  tweet: 'x "one",\n  "two" '\n  password: ${CANARY}\n`,
    });
    expect(checks.get("config-outline-errors")?.status).toBe("pass");
    expect(run.stderr).not.toContain("could not be read");
    expect(evidenceOf(checks, "secrets-plaintext-credential").join("\n")).toMatch(/packages\/social\.yaml:4 .*a\.password/);
    expect(run.stdout).not.toContain(CANARY);
    expect(run.code).toBe(1);
  });
});

describe("the npm package", () => {
  it("ships every module of the outline builder and its relevance.json (and no bytecode)", { timeout: 60_000 }, () => {
    const pkg = outlinePackage();
    // relevance.json: `--relevant` (lint-config) reads which entries the checks need from it.
    const modules = readdirSync(pkg).filter((f) => f.endsWith(".py") || f === "relevance.json").sort();
    expect(modules).toContain("relevance.json");
    expect(modules).toContain("__main__.py");
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const listed = (JSON.parse(out) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    const shipped = listed.filter((p) => p.startsWith("custom_components/security_scorecard/outline/"));
    expect(shipped.map((p) => path.basename(p)).sort()).toEqual(modules);
    expect(listed.filter((p) => p.includes("__pycache__") || p.endsWith(".pyc"))).toEqual([]);
  });
});
