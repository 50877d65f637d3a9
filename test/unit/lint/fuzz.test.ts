/**
 * Property test: 10,000 generated and mutated YAML documents (seeded PRNG, so every run is
 * the same) through lint-config's whole path: files in folders, outlined by the Python
 * builder (src/lint/outline.ts), judged and reported. No run fails; the canary — placed
 * only in values — never appears in an outline (outside key names and allow-listed
 * values) or a report. (test/python/test_outline_fuzz.py fuzzes the builder alone.)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { FilesFacts, Outline } from "../../../src/facts/types.js";
import { offlineFacts } from "../../../src/lint/offline-facts.js";
import { buildOutline, outlinePackage } from "../../../src/lint/outline.js";
import { renderJson } from "../../../src/report/index.js";
import { evaluate } from "../../../src/score/evaluate.js";

const CANARY = "CANARY-5f1e2d3c4b";

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ["password", "token", "api_key", "platform", "type", "url", "command", "username", "trusted_proxies", "mode", "server_port", "headers", "Authorization"];
const VALUE_SHAPES = [
  (s: string) => s,
  (s: string) => `"${s}"`,
  (s: string) => `'${s}'`,
  (s: string) => `http://user:${s}@host/`,
  (s: string) => `https://x/api?key=${s}`,
  (s: string) => `Bearer ${s}`,
  (s: string) => `curl -u admin:${s} http://x`,
  (s: string) => `|\n    ${s}\n    more`,
  (s: string) => `>-\n    ${s}`,
  (s: string) => `!secret x_${s.length}`,
  (s: string) => `[${s}, b]`,
  (s: string) => `{k: ${s}}`,
  (s: string) => `&a${s.length} ${s}`,
];
const NOISE = ["\t", "\r", "\r\n", "\x85", "\u2028", "\ufeff", "\x00", "\x7f", ":", "- ", "? ", "&", "*", "!", "|", ">", "'", '"', "{", "}", "[", "]", "#", "%", "@", "`", "---\n", "...\n", "\\", "😀", "é", " ", "\n", "<<: *a\n", "*a", "!!int ", "!include x.yaml"];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function generate(r: () => number): string {
  const lines: string[] = [];
  const n = 1 + Math.floor(r() * 12);
  let indent = 0;
  for (let i = 0; i < n; i++) {
    const key = pick(r, KEYS);
    const pad = " ".repeat(indent);
    const roll = r();
    if (roll < 0.25) {
      lines.push(`${pad}${key}:`);
      indent = Math.min(indent + 2, 12);
    } else if (roll < 0.35) {
      lines.push(`${pad}- ${key}: ${pick(r, VALUE_SHAPES)(`${CANARY}${i}`)}`);
    } else {
      lines.push(`${pad}${key}: ${pick(r, VALUE_SHAPES)(`${CANARY}${i}`)}`);
      if (r() < 0.3) indent = Math.max(0, indent - 2);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Insert, delete or duplicate characters; never touches the canary text (so a value stays a value or breaks the file). */
function mutate(r: () => number, text: string): string {
  let out = text;
  const edits = 1 + Math.floor(r() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (out.length + 1));
    const inCanary = out.slice(Math.max(0, at - CANARY.length), at + CANARY.length).includes(CANARY.slice(0, 6));
    if (inCanary) continue;
    const op = r();
    if (op < 0.6) out = out.slice(0, at) + pick(r, NOISE) + out.slice(at);
    else if (op < 0.8) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(r() * 3));
    else out = out.slice(0, at) + out.slice(at, at + 8) + out.slice(at);
  }
  return out;
}

/** The builder's own allow-list (one definition: outline/rules.py). */
function allowedValueKeys(): Set<string> {
  const script = `import json, sys; sys.path.insert(0, ${JSON.stringify(path.dirname(outlinePackage()))}); import outline; print(json.dumps(sorted(outline.ALLOWED_VALUE_KEYS)))`;
  return new Set(JSON.parse(execFileSync("python3", ["-c", script], { encoding: "utf8" })) as string[]);
}

type OutlineFile = Outline["files"][number];

/**
 * The outline part that must never carry a value: everything except key names (shown as
 * written, so a mutation may turn a value into a key) and the values of allow-listed keys
 * (shown on purpose: `platform`, `mode`, `trusted_proxies` …).
 */
function guarded(file: OutlineFile, allowed: Set<string>): string {
  const entries = file.entries.map((e) => {
    const last = e.path[e.path.length - 1];
    const shown = typeof last === "string" && allowed.has(last);
    return { ...e, path: [], value: shown ? undefined : e.value };
  });
  return JSON.stringify({ entries, error: file.error });
}

/** A document whose outline may legitimately show the canary (as a key or an allow-listed value). */
function showsCanary(file: OutlineFile): boolean {
  return JSON.stringify(file.entries).includes(CANARY);
}

const FILES: FilesFacts = {
  config_dir: { exists: true, mode: 0o755, owner_uid: 1000 },
  secrets_yaml: { exists: false, mode: null, owner_uid: null },
  storage_dir: { exists: false, mode: null, owner_uid: null },
  git: null,
  www_sensitive: [],
};

const DOCUMENTS = 10_000;
const PER_FOLDER = 2_000;

describe("fuzz: generated and mutated YAML through lint-config's path", () => {
  it("never fails and never leaks the canary (10,000 documents, seed 20261128)", { timeout: 300_000 }, async () => {
    const allowed = allowedValueKeys();
    const r = prng(20261128);
    let malformed = 0;
    let withEntries = 0;
    let outlined = 0;
    for (let start = 0; start < DOCUMENTS; start += PER_FOLDER) {
      const dir = mkdtempSync(path.join(tmpdir(), "lint-fuzz-"));
      try {
        for (let i = start; i < start + PER_FOLDER; i++) {
          const base = generate(r);
          writeFileSync(path.join(dir, `f${i}.yaml`), i % 3 === 0 ? base : mutate(r, base));
        }
        const outline = await buildOutline(dir, { python: null, env: process.env, notice: () => undefined });
        expect(outline.truncated).toBeNull();
        const batch: OutlineFile[] = [];
        for (const file of outline.files) {
          outlined++;
          expect(guarded(file, allowed).includes(CANARY), file.path).toBe(false);
          if (file.error?.kind === "malformed") malformed++;
          if (file.entries.length > 0) withEntries++;
          if (!showsCanary(file)) batch.push(file);
        }
        const report = renderJson(evaluate(offlineFacts({ version: 1, files: batch, truncated: null }, FILES, new Date(0))));
        expect(report.includes(CANARY), `report of documents ${start}..${start + PER_FOLDER - 1}`).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    expect(outlined).toBe(DOCUMENTS);
    // The generator must exercise both paths, or the test proves nothing.
    expect(malformed).toBeGreaterThan(500);
    expect(withEntries).toBeGreaterThan(3_000);
  });
});
