/**
 * The fast path (src/outline/fastpath.ts) against the full `yaml`-package parse: for
 * ≥ 10,000 generated and mutated documents (seeded, so every run is the same) and every
 * YAML file of the shared vectors, both give the same node graph (lines included) or the
 * same error, and the same entries, includes and errors — under the default limits and
 * under tiny ones. Fall-back decisions are pinned for each construct outside the subset.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FALLBACK, fastCompose } from "../../../src/outline/fastpath.js";
import { DEFAULT_LIMITS, resolveLimits, type OutlineLimits } from "../../../src/outline/limits.js";
import { composeText, type YNode } from "../../../src/outline/parse.js";
import { parseText } from "../../../src/outline/text.js";
import { generate, mutate, prng } from "./fastpath-gen.js";

const TINY = resolveLimits({ max_nesting: 3, max_entries_per_file: 4, max_nodes_per_file: 9, max_total_entries: 6 });
const LINE_BREAKS = /\r\n|[\r\n\x85\u2028\u2029]/g;

/** The graph as JSON; a node met twice (alias) is written as a back-reference. */
function graphJson(root: YNode | null): string {
  const seen = new Map<YNode, number>();
  const walk = (n: YNode): unknown => {
    const id = seen.get(n);
    if (id !== undefined) return { ref: id };
    seen.set(n, seen.size);
    if (n.kind === "scalar") return [n.tag, n.value, n.plain, n.line];
    return [n.kind, n.tag, n.line, n.items.map(walk)];
  };
  return JSON.stringify(root === null ? null : walk(root));
}

function composed(text: string, limits: OutlineLimits, fast: boolean): string {
  try {
    return graphJson(composeText(text, limits, Infinity, fast));
  } catch (err) {
    return `error ${JSON.stringify(err)} ${(err as Error).message}`;
  }
}

function outlined(text: string, limits: OutlineLimits, fast: boolean, inSecretsFile = false): string {
  return JSON.stringify(parseText(text, { limits, fastPath: fast, inSecretsFile, deadline: Infinity }));
}

/** Did the fast path take the text (as parseText would hand it over)? */
function accepted(text: string, limits: OutlineLimits = DEFAULT_LIMITS): boolean {
  const body = text.startsWith("\ufeff") ? text.slice(1) : text;
  return fastCompose(body.replace(LINE_BREAKS, "\n"), limits, Infinity) !== FALLBACK;
}

function expectSame(text: string, limits: OutlineLimits, what: string): void {
  const body = text.startsWith("\ufeff") ? text.slice(1) : text;
  expect(composed(body, limits, true), `graph of ${what}`).toBe(composed(body, limits, false));
  expect(outlined(text, limits, true), `outline of ${what}`).toBe(outlined(text, limits, false));
}

describe("fast path: differential test against the full parse", () => {
  it("agrees on 12,000 generated and mutated documents (seed 20261128)", { timeout: 120_000 }, () => {
    const r = prng(20261128);
    let taken = 0;
    let takenWithEntries = 0;
    for (let i = 0; i < 12_000; i++) {
      const base = generate(r, { wild: i % 4 === 0 ? 0.4 : 0.08 });
      const text = i % 3 === 0 ? mutate(r, base) : base;
      const limits = i % 5 === 0 ? TINY : DEFAULT_LIMITS;
      expectSame(text, limits, `document #${i} ${JSON.stringify(text)}`);
      if (i % 7 === 0) expect(outlined(text, limits, true, true), `#${i} as secrets.yaml`).toBe(outlined(text, limits, false, true));
      if (accepted(text, limits)) {
        taken++;
        if (parseText(text, { limits }).entries.length > 0) takenWithEntries++;
      }
    }
    // Both branches must be exercised, or the test proves nothing.
    expect(taken).toBeGreaterThan(4_000);
    expect(12_000 - taken).toBeGreaterThan(3_000);
    expect(takenWithEntries).toBeGreaterThan(3_000);
  });

  it("agrees on every YAML file of the shared vectors", () => {
    const root = path.resolve(__dirname, "../../vectors/outline");
    const files: string[] = [];
    const pending = [root];
    while (pending.length > 0) {
      const dir = pending.pop() as string;
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        const st = statSync(full, { throwIfNoEntry: false });
        if (st?.isDirectory()) pending.push(full);
        else if (st?.isFile() && /\.ya?ml$/i.test(name)) files.push(full);
      }
    }
    expect(files.length).toBeGreaterThan(40);
    let taken = 0;
    for (const file of files) {
      const text = readFileSync(file).toString("utf8");
      for (const limits of [DEFAULT_LIMITS, TINY]) expectSame(text, limits, path.relative(root, file));
      if (accepted(text)) taken++;
    }
    expect(taken).toBeGreaterThan(20);
  });
});

describe("fast path: what it takes and what it leaves to the full parse", () => {
  const TAKEN: Record<string, string> = {
    "plain map": "http:\n  server_port: 8123\n  ip_ban_enabled: true\n",
    "comments and blank lines": "# top\n\nhttp: # c\n    # deeper comment\n  use_x_forwarded_for: true  # c\n\n",
    "compact mappings in a sequence": "sensor:\n  - platform: rest\n    name: a\n  -   platform: template\n      x: 1\n",
    "indentless sequence": "trusted_proxies:\n- 10.0.0.1\n- 172.16.0.0/12\nnext: 1\n",
    "tags on scalars": "password: !secret pw\nsensor: !include_dir_merge_list sensors\nx: !env_var HOME\n",
    "quoted scalars": "a: \"{{ states('x') }}\"\nb: 'it''s'\n\"c d\": 'e'\n",
    "null values": "a:\nb: ~\nc:\n",
    "empty document": "# only a comment\n\n",
    "non-ASCII text": "name: Küche 😀\nclé: é\n",
  };
  for (const [what, text] of Object.entries(TAKEN)) {
    it(`takes ${what}`, () => {
      expect(accepted(text)).toBe(true);
      expectSame(text, DEFAULT_LIMITS, what);
    });
  }

  const LEFT: Record<string, string> = {
    "flow collections": "a: [1, 2]\n",
    "flow mappings": "a: {b: 1}\n",
    "anchors": "a: &x 1\nb: 2\n",
    "aliases": "a: 1\nb: *x\n",
    "literal block scalars": "a: |\n  text\n",
    "folded block scalars": "a: >-\n  text\n",
    "multi-line plain scalars": "a: one\n  two\n",
    "plain scalars on the next line": "a:\n  one\n",
    "multi-line quoted scalars": "a: \"one\n  two\"\n",
    "escapes in double quotes": "a: \"x\\ny\"\n",
    "complex keys": "? a\n: b\n",
    "directives": "%YAML 1.1\n---\na: 1\n",
    "document start markers": "---\na: 1\n",
    "document end markers": "a: 1\n...\n",
    "tabs": "a:\t1\n",
    "other tags": "a: !!str 1\n",
    "custom tags": "a: !custom 1\n",
    "empty tagged scalars": "a: !secret\n",
    "tagged collections": "a: !include_dir_named\n  b: 1\n",
    "a scalar at the root": "just text\n",
    "a key after a sequence at its column": "- a\nb: 1\n",
    "a dedent to an unknown column": "a:\n    b: 1\n  c: 2\n",
    "a second value on a key line": "a: b: c\n",
    "nested compact sequences": "- - a\n",
    "a space before the colon": "a : 1\n",
    "a key longer than 1000 characters": `${"k".repeat(1001)}: 1\n`,
    "a quoted scalar followed by text": "a: \"b\" c\n",
    "a byte-order mark inside the text": "a: 1\n\ufeffb: 2\n",
  };
  for (const [what, text] of Object.entries(LEFT)) {
    it(`leaves ${what} to the full parse`, () => {
      expect(accepted(text)).toBe(false);
      expectSame(text, DEFAULT_LIMITS, what);
    });
  }

  it("leaves nesting at the limit to the full parse, which reports it", () => {
    const text = "a:\n  b:\n    c:\n      d: 1\n";
    expect(accepted(text, TINY)).toBe(false);
    expect(parseText(text, { limits: TINY }).error?.kind).toBe("limit_reached");
    expectSame(text, TINY, "deep nesting");
  });

  it("reads CRLF, CR, NEL and LS line breaks as the full parse does", () => {
    for (const br of ["\r\n", "\r", "\x85", "\u2028"]) {
      const text = `a: 1${br}b:${br}  c: x${br}`;
      expect(accepted(text)).toBe(true);
      expectSame(text, DEFAULT_LIMITS, JSON.stringify(br));
    }
  });
});
