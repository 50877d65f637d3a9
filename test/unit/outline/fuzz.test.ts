/**
 * Property test: ≥ 10,000 generated and mutated YAML documents (seeded PRNG, so every run
 * is the same) through the Node builder's parser and, in batches, through the whole
 * lint-config path. No exception escapes; the canary — placed only in values — never
 * appears in an outline (outside key names and allow-listed values) or a report.
 */
import { describe, expect, it } from "vitest";
import { ALLOWED_VALUE_KEYS } from "../../../src/outline/document.js";
import { offlineFacts } from "../../../src/outline/offline-facts.js";
import { parseText } from "../../../src/outline/text.js";
import type { FilesFacts, Outline } from "../../../src/facts/types.js";
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

/**
 * The outline part that must never carry a value: everything except key names (shown as
 * written, so a mutation may turn a value into a key) and the values of allow-listed keys
 * (shown on purpose: `platform`, `mode`, `trusted_proxies` …).
 */
function guarded(result: ReturnType<typeof parseText>): string {
  const entries = result.entries.map((e) => {
    const last = e.path[e.path.length - 1];
    const shown = typeof last === "string" && ALLOWED_VALUE_KEYS.has(last);
    return { ...e, path: [], value: shown ? undefined : e.value };
  });
  return JSON.stringify({ entries, error: result.error });
}

/** A document whose outline may legitimately show the canary (as a key or an allow-listed value). */
function showsCanary(result: ReturnType<typeof parseText>): boolean {
  return JSON.stringify(result.entries).includes(CANARY);
}

const FILES: FilesFacts = {
  config_dir: { exists: true, mode: 0o755, owner_uid: 1000 },
  secrets_yaml: { exists: false, mode: null, owner_uid: null },
  storage_dir: { exists: false, mode: null, owner_uid: null },
  git: null,
  www_sensitive: [],
};

describe("fuzz: generated and mutated YAML through the Node builder", () => {
  it("never throws and never leaks the canary (10,000 documents, seed 20261128)", { timeout: 120_000 }, () => {
    const r = prng(20261128);
    let malformed = 0;
    let withEntries = 0;
    const batch: Outline["files"][number][] = [];
    for (let i = 0; i < 10_000; i++) {
      const base = generate(r);
      const text = i % 3 === 0 ? base : mutate(r, base);
      const result = parseText(text);
      expect(guarded(result).includes(CANARY), `document #${i}`).toBe(false);
      if (result.error?.kind === "malformed") malformed++;
      if (result.entries.length > 0) withEntries++;
      if (!showsCanary(result)) batch.push({ path: `f${i}.yaml`, reachable: i % 2 === 0, mount: null, error: result.error, entries: result.entries });
      if (batch.length === 500) {
        const report = renderJson(evaluate(offlineFacts({ version: 1, files: batch.splice(0), truncated: null }, FILES, new Date(0))));
        expect(report.includes(CANARY), `report up to #${i}`).toBe(false);
      }
    }
    // The generator must exercise both paths, or the test proves nothing.
    expect(malformed).toBeGreaterThan(500);
    expect(withEntries).toBeGreaterThan(3_000);
  });
});
