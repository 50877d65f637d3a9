/**
 * The shared outline vectors (test/vectors/outline/) through lint-config's path: the
 * Python builder run by src/lint/outline.ts (stdout streamed, validated) gives every
 * case's `outline.json`. pytest (test/python/test_outline.py) pins the bytes of the
 * canonical form; this pins what lint-config reads: the same outline, value for value —
 * whole with `--compact`, and with `--relevant` exactly what the TypeScript declaration
 * (src/checks/outline-relevance.ts `relevantOutline`) keeps of it, so Python applies the
 * declaration as TypeScript means it.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { relevantOutline } from "../../src/checks/outline-relevance.js";
import type { Outline } from "../../src/facts/types.js";
import { buildOutline } from "../../src/lint/outline.js";

const ROOT = path.resolve(__dirname, "../vectors/outline");
const CANARY = "CANARY-5f1e2d3c4b";
const IS_ROOT = typeof process.getuid === "function" && process.getuid() === 0;

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

function limitsFile(name: string): string | undefined {
  const f = path.join(ROOT, name, "limits.json");
  return existsSync(f) ? f : undefined;
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
    for (const full of [true, false]) {
      it.skipIf(!existsSync(expected) || skipRoot)(`${name}: lint-config's ${full ? "full" : "relevant"} outline equals outline.json${full ? "" : "'s relevant part"}`, { timeout: 30_000 }, async () => {
        const limits = limitsFile(name);
        const outline = await buildOutline(materialise(name), {
          python: null,
          env: process.env,
          notice: () => undefined,
          full,
          ...(limits === undefined ? {} : { limitsFile: limits }),
        });
        const whole = JSON.parse(readFileSync(expected, "utf8")) as Outline;
        expect(outline).toEqual(full ? whole : relevantOutline(whole));
        expect(JSON.stringify(outline)).not.toContain(CANARY);
      });
    }
  }
});
