/**
 * A line scanner for the plain YAML that Home Assistant configs are mostly made of, giving
 * exactly the node graph `composeText`'s full parse gives (proved by the differential test
 * test/unit/outline/fastpath.test.ts), about ten times faster.
 *
 * The subset: block mappings and sequences (indentless sequences and `- key: v` compact
 * mappings included) whose keys are plain or quoted single-line scalars and whose values
 * are single-line plain, single-quoted or escape-free double-quoted scalars, optionally
 * tagged with one of the outline's tags; comments and blank lines anywhere. Anything else —
 * flow collections, anchors, aliases, block scalars, multi-line scalars, other tags,
 * directives, document markers, tabs, a second key form, odd indentation, long keys, a
 * scalar at the root — returns FALLBACK *for the whole file*, and the `yaml` package
 * parses it. When in doubt the scanner falls back: a slow outline is fine, a wrong one is not.
 *
 * Input is the text after parse.ts normalised its line breaks to LF (so lines are PyYAML's).
 */
import type { OutlineLimits } from "./limits.js";
import { FileProblem, TIME_LIMIT_FILE, type CollectionNode, type ScalarNode, type YNode } from "./parse.js";

export const FALLBACK: unique symbol = Symbol("fallback");

/** Tags the scanner accepts on a scalar; any other tag falls back. */
const KNOWN_TAGS: ReadonlySet<string> = new Set([
  "!secret", "!env_var", "!input", "!include", "!include_dir_list", "!include_dir_named",
  "!include_dir_merge_list", "!include_dir_merge_named",
]);

/** Keys this long fall back (PyYAML and the `yaml` package refuse simple keys over 1024). */
const MAX_KEY_CHARS = 1000;
/** As toGraph: the deadline is read once per 4096 nodes. */
const DEADLINE_EVERY = 4096;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BANG = 0x21;
const BACKSLASH = 0x5c;

/**
 * Characters that may not start a plain scalar here: YAML indicators (`-` is handled
 * apart), plus `?` and `:` even when PyYAML would allow them before a non-space.
 */
const NO_PLAIN_START = new Uint8Array(128);
for (const ch of "?:,[]{}#&*!|>'\"%@`") NO_PLAIN_START[ch.charCodeAt(0)] = 1;

class Bail {}
const BAIL = new Bail();

interface Open {
  readonly node: CollectionNode;
  readonly indent: number;
  /** A sequence at its parent key's column (`key:\n- a`). */
  readonly indentless: boolean;
}

interface Pending {
  /** The collection that waits for the value (a map after `key:`, a seq after `-`). */
  readonly owner: Open;
  readonly line: number;
}

/**
 * The root node (null for an empty document) or FALLBACK. Throws FileProblem only for the
 * per-file time limit, at the same node counts as the full parse.
 */
export function fastCompose(src: string, limits: OutlineLimits, deadline: number): YNode | null | typeof FALLBACK {
  if (src.includes("\t") || src.includes("\ufeff")) return FALLBACK;
  try {
    return new Scanner(src, limits, deadline).run();
  } catch (err) {
    if (err === BAIL) return FALLBACK;
    throw err;
  }
}

class Scanner {
  private readonly stack: Open[] = [];
  private root: YNode | null = null;
  private pending: Pending | null = null;
  /** The last content line ended with a scalar value: a deeper line next would continue it. */
  private afterScalar = false;
  private nodes = 0;
  private lineNo = 0;
  private lineStart = 0;

  constructor(
    private readonly s: string,
    private readonly limits: OutlineLimits,
    private readonly deadline: number,
  ) {}

  run(): YNode | null {
    const s = this.s;
    const len = s.length;
    let pos = 0;
    while (pos < len) {
      this.lineNo++;
      let eol = s.indexOf("\n", pos);
      if (eol === -1) eol = len;
      let i = pos;
      while (i < eol && s.charCodeAt(i) === SPACE) i++;
      if (i < eol && s.charCodeAt(i) !== HASH) {
        if (i === pos) {
          const c = s.charCodeAt(i);
          // Directives and document markers (`---`, `...`).
          if (c === 0x25 || s.startsWith("---", i) || s.startsWith("...", i)) throw BAIL;
        }
        this.lineStart = pos;
        this.content(i, eol, i - pos);
      }
      pos = eol + 1;
    }
    if (this.pending !== null) this.pending.owner.node.items.push(this.nullAt(this.pending.line));
    return this.root;
  }

  // -- nodes ----------------------------------------------------------------------------

  private count(): void {
    this.nodes++;
    if (this.nodes % DEADLINE_EVERY === 0 && performance.now() > this.deadline) throw new FileProblem("limit_reached", null, TIME_LIMIT_FILE);
  }

  private nullAt(line: number): ScalarNode {
    this.count();
    return { kind: "scalar", tag: null, value: "", plain: true, line };
  }

  private open(kind: "map" | "seq", indent: number, indentless: boolean): Open {
    // PyYAML refuses a collection opened inside max_nesting open ones; the full parse reports it.
    if (this.stack.length >= this.limits.max_nesting) throw BAIL;
    this.count();
    const node: CollectionNode = { kind, tag: null, items: [], line: this.lineNo };
    const top = this.stack[this.stack.length - 1];
    if (this.pending !== null) {
      this.pending.owner.node.items.push(node);
      this.pending = null;
    } else if (top !== undefined) {
      top.node.items.push(node);
    } else {
      if (this.root !== null) throw BAIL;
      this.root = node;
    }
    const o: Open = { node, indent, indentless };
    this.stack.push(o);
    return o;
  }

  // -- one content line -----------------------------------------------------------------

  private content(i: number, eol: number, indent: number): void {
    const s = this.s;
    const isDash = s.charCodeAt(i) === DASH && (i + 1 === eol || s.charCodeAt(i + 1) === SPACE);
    const pending = this.pending;
    if (pending !== null) {
      if (indent > pending.owner.indent) {
        // The value is a nested block collection starting on this line.
        this.open(isDash ? "seq" : "map", indent, false);
      } else if (isDash && pending.owner.node.kind === "map" && indent === pending.owner.indent) {
        this.open("seq", indent, true);
      } else {
        pending.owner.node.items.push(this.nullAt(pending.line));
        this.pending = null;
      }
    } else if (this.afterScalar) {
      const top = this.stack[this.stack.length - 1];
      // A deeper line after a scalar continues it (multi-line plain) or is an error.
      if (top === undefined || indent > top.indent) throw BAIL;
    }
    this.afterScalar = false;
    const stack = this.stack;
    while (stack.length > 0 && (stack[stack.length - 1] as Open).indent > indent) stack.pop();
    let top = stack[stack.length - 1];
    if (top !== undefined && top.indentless && top.indent === indent && !isDash) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top === undefined) {
      // The first content line opens the root; a line left of the root's column is an error.
      if (this.root !== null) throw BAIL;
      top = this.open(isDash ? "seq" : "map", indent, false);
    }
    if (top.indent !== indent) throw BAIL;
    if (isDash) {
      if (top.node.kind !== "seq") throw BAIL;
      this.seqItem(top, i, eol);
    } else {
      if (top.node.kind !== "map") throw BAIL;
      if (!this.pair(top, i, eol)) throw BAIL;
    }
  }

  /** `- …` at i in the sequence `seq`. */
  private seqItem(seq: Open, i: number, eol: number): void {
    const s = this.s;
    let k = i + 1;
    while (k < eol && s.charCodeAt(k) === SPACE) k++;
    if (k === eol || s.charCodeAt(k) === HASH) {
      this.pending = { owner: seq, line: this.lineNo };
      return;
    }
    const c = s.charCodeAt(k);
    if (c === DASH && (k + 1 === eol || s.charCodeAt(k + 1) === SPACE)) throw BAIL; // `- - x`
    const colon = this.keyEnd(k, eol);
    if (colon >= 0) {
      // `- key: …`: a mapping whose keys sit at this column.
      const map = this.open("map", k - this.lineStart, false);
      if (!this.pair(map, k, eol)) throw BAIL;
      return;
    }
    seq.node.items.push(this.value(k, eol));
    this.afterScalar = true;
  }

  /** `key: …` at k in the mapping `map`; false when the line is not a key. */
  private pair(map: Open, k: number, eol: number): boolean {
    const s = this.s;
    const colon = this.keyEnd(k, eol);
    if (colon < 0) return false;
    const key = this.keyScalar(k, colon);
    this.count();
    map.node.items.push(key);
    let v = colon + 1;
    while (v < eol && s.charCodeAt(v) === SPACE) v++;
    if (v === eol || s.charCodeAt(v) === HASH) {
      this.pending = { owner: map, line: this.lineNo };
      return true;
    }
    map.node.items.push(this.value(v, eol));
    this.afterScalar = true;
    return true;
  }

  // -- scalars --------------------------------------------------------------------------

  /**
   * The index of the `:` ending a key that starts at k (followed by a space or the line
   * end), or -1 when the line is not a key. Falls back on anything unusual.
   */
  private keyEnd(k: number, eol: number): number {
    const s = this.s;
    const c = s.charCodeAt(k);
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quotedEnd(k, eol);
      if (end < eol && s.charCodeAt(end) === COLON) {
        if (end + 1 < eol && s.charCodeAt(end + 1) !== SPACE) throw BAIL;
        if (end - k > MAX_KEY_CHARS) throw BAIL;
        return end;
      }
      return -1;
    }
    if (c === DASH || (c < 128 && NO_PLAIN_START[c] === 1)) return -1;
    for (let j = k; j < eol; j++) {
      const d = s.charCodeAt(j);
      if (d === COLON && (j + 1 === eol || s.charCodeAt(j + 1) === SPACE)) {
        if (s.charCodeAt(j - 1) === SPACE) throw BAIL; // `key :`
        if (j - k > MAX_KEY_CHARS) throw BAIL;
        return j;
      }
      if (d === HASH && s.charCodeAt(j - 1) === SPACE) return -1; // a comment before any `:`
    }
    return -1;
  }

  private keyScalar(k: number, colon: number): ScalarNode {
    const s = this.s;
    const c = s.charCodeAt(k);
    if (c === DQUOTE) return { kind: "scalar", tag: null, value: s.slice(k + 1, colon - 1), plain: false, line: this.lineNo };
    if (c === SQUOTE) return { kind: "scalar", tag: null, value: s.slice(k + 1, colon - 1).replaceAll("''", "'"), plain: false, line: this.lineNo };
    return { kind: "scalar", tag: null, value: s.slice(k, colon), plain: true, line: this.lineNo };
  }

  /**
   * The index just after the closing quote of the quoted scalar at k, on this line.
   * Falls back when it does not close here or (double quotes) has an escape.
   */
  private quotedEnd(k: number, eol: number): number {
    const s = this.s;
    const q = s.charCodeAt(k);
    for (let j = k + 1; j < eol; j++) {
      const d = s.charCodeAt(j);
      if (q === DQUOTE) {
        if (d === BACKSLASH) throw BAIL;
        if (d === DQUOTE) return j + 1;
      } else if (d === SQUOTE) {
        if (j + 1 < eol && s.charCodeAt(j + 1) === SQUOTE) j++;
        else return j + 1;
      }
    }
    throw BAIL;
  }

  /** A scalar value from k to the line end (a trailing comment allowed). */
  private value(k: number, eol: number): ScalarNode {
    const s = this.s;
    this.count();
    let tag: string | null = null;
    if (s.charCodeAt(k) === BANG) {
      let t = k;
      while (t < eol && s.charCodeAt(t) !== SPACE) t++;
      tag = s.slice(k, t);
      if (!KNOWN_TAGS.has(tag)) throw BAIL;
      while (t < eol && s.charCodeAt(t) === SPACE) t++;
      if (t === eol || s.charCodeAt(t) === HASH) throw BAIL; // an empty tagged scalar
      k = t;
    }
    const c = s.charCodeAt(k);
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quotedEnd(k, eol);
      let r = end;
      while (r < eol && s.charCodeAt(r) === SPACE) r++;
      if (r < eol && (r === end || s.charCodeAt(r) !== HASH)) throw BAIL;
      const body = s.slice(k + 1, end - 1);
      return { kind: "scalar", tag, value: c === SQUOTE ? body.replaceAll("''", "'") : body, plain: false, line: this.lineNo };
    }
    if (c < 128 && NO_PLAIN_START[c] === 1) throw BAIL;
    if (c === DASH && (k + 1 === eol || s.charCodeAt(k + 1) === SPACE)) throw BAIL;
    let end = eol;
    for (let j = k + 1; j < eol; j++) {
      const d = s.charCodeAt(j);
      if (d === HASH && s.charCodeAt(j - 1) === SPACE) {
        end = j;
        break;
      }
      // `a: b: c` and `a: b:` are errors (or a mapping) — the full parse decides.
      if (d === COLON && (j + 1 === eol || s.charCodeAt(j + 1) === SPACE)) throw BAIL;
    }
    while (end > k && s.charCodeAt(end - 1) === SPACE) end--;
    return { kind: "scalar", tag, value: s.slice(k, end), plain: tag === null, line: this.lineNo };
  }
}
