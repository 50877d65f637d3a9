/**
 * The shared outline vectors (test/vectors/outline/): the Node builder reproduces every
 * `outline.json` byte for byte, and — when a Python with PyYAML is around — outline.py
 * and the Node builder agree on every case, including the ones that need a setup.json.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildOutline, canonicalJson } from "../../src/outline/index.js";

const ROOT = path.resolve(__dirname, "../vectors/outline");
const CANARY = "CANARY-5f1e2d3c4b";
const IS_ROOT = typeof process.getuid === "function" && process.getuid() === 0;
const PYTHON = [".venv/ha-2024.3.3/bin/python"].map((p) => path.resolve(p)).find((p) => existsSync(p));
const OUTLINE_PY = path.resolve("custom_components/security_scorecard/outline.py");

interface Setup {
  mkdir?: string[];
  write?: Record<string, string>;
  symlink?: Record<string, string>;
  chmod?: Record<string, string>;
}

const cases = existsSync(ROOT) ? readdirSync(ROOT).filter((d) => existsSync(path.join(ROOT, d, "config"))).sort() : [];
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** The case's config folder, copied and set up when it has a setup.json (never the repo copy). */
function materialise(name: string): string {
  const dir = path.join(ROOT, name);
  const setupFile = path.join(dir, "setup.json");
  if (!existsSync(setupFile)) return path.join(dir, "config");
  const tmp = mkdtempSync(path.join(tmpdir(), `outline-${name}-`));
  temps.push(tmp);
  const config = path.join(tmp, "config");
  cpSync(path.join(dir, "config"), config, { recursive: true, verbatimSymlinks: true });
  const setup = JSON.parse(readFileSync(setupFile, "utf8")) as Setup;
  for (const d of setup.mkdir ?? []) mkdirSync(path.join(config, d), { recursive: true });
  for (const [f, text] of Object.entries(setup.write ?? {})) {
    mkdirSync(path.dirname(path.join(config, f)), { recursive: true });
    writeFileSync(path.join(config, f), text, "utf8");
  }
  for (const [link, target] of Object.entries(setup.symlink ?? {})) symlinkSync(target, path.join(config, link));
  for (const [f, mode] of Object.entries(setup.chmod ?? {})) chmodSync(path.join(config, f), parseInt(mode, 8));
  return config;
}

function limitsOf(name: string): Record<string, number> {
  const f = path.join(ROOT, name, "limits.json");
  return existsSync(f) ? (JSON.parse(readFileSync(f, "utf8")) as Record<string, number>) : {};
}

function usesChmod(name: string): boolean {
  const f = path.join(ROOT, name, "setup.json");
  return existsSync(f) && (JSON.parse(readFileSync(f, "utf8")) as Setup).chmod !== undefined;
}

describe("outline vectors", () => {
  it("has vectors to check", () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  for (const name of cases) {
    const expected = path.join(ROOT, name, "outline.json");
    const skipRoot = IS_ROOT && usesChmod(name);
    it.skipIf(!existsSync(expected) || skipRoot)(`${name}: Node output equals outline.json byte for byte`, async () => {
      const out = canonicalJson(await buildOutline(materialise(name), limitsOf(name)));
      expect(out).toBe(readFileSync(expected, "utf8"));
      expect(out).not.toContain(CANARY);
    });

    it.skipIf(PYTHON === undefined || skipRoot || name === "limit-time")(`${name}: outline.py and the Node builder agree`, async () => {
      const config = materialise(name);
      const limits = limitsOf(name);
      const args = [OUTLINE_PY, config];
      if (Object.keys(limits).length > 0) args.push("--limits", path.join(ROOT, name, "limits.json"));
      const py = execFileSync(PYTHON as string, args, { encoding: "utf8", timeout: 60_000 });
      const node = canonicalJson(await buildOutline(config, limits));
      expect(node).toBe(py);
      expect(node).not.toContain(CANARY);
    });
  }
});
