/**
 * YAML text → a small node graph shaped like PyYAML's composer output (outline.py
 * `_compose`): scalars keep their raw string, tag and "plain" flag; aliases are the very
 * node they name (so recursive aliases are cycles); one document only.
 *
 * The `yaml` package parses (YAML 1.1, failsafe schema: every scalar stays a string, our
 * own resolver types it as PyYAML would). Its composer recurses, so nesting is measured
 * on the CST first, iteratively. Anchors are checked here in document order, the way
 * PyYAML's composer does (duplicate anchor, undefined alias → malformed).
 */
import {
  Composer,
  LineCounter,
  Parser,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type CST,
  type Document,
  type Node as YamlNode,
  type Pair,
} from "yaml";
import { FALLBACK, fastCompose } from "./fastpath.js";
import type { OutlineLimits } from "./limits.js";

export interface ScalarNode {
  readonly kind: "scalar";
  readonly tag: string | null;
  readonly value: string;
  /** Untagged plain scalar (or tagged "!"): subject to implicit resolution. */
  readonly plain: boolean;
  readonly line: number;
}

export interface CollectionNode {
  readonly kind: "map" | "seq";
  readonly tag: string | null;
  /** Maps: key, value, key, value … (as PyYAML's pairs, flattened). */
  readonly items: YNode[];
  readonly line: number;
}

export type YNode = ScalarNode | CollectionNode;

/** A problem with one file's content. `kind` is an OutlineErrorKind. */
export class FileProblem extends Error {
  constructor(
    readonly kind: "malformed" | "limit_reached",
    readonly line: number | null,
    message: string,
  ) {
    super(message);
    this.name = "FileProblem";
  }
}

export const MALFORMED = "The file is not valid YAML.";
export const TIME_LIMIT_FILE = "Time limit reached while reading the file.";

/** Characters PyYAML refuses (yaml.reader.Reader.NON_PRINTABLE). */
// eslint-disable-next-line no-control-regex
const RE_NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** Line breaks as PyYAML counts them: CRLF, CR, LF, NEL, LS, PS. */
const RE_LINE_BREAK = /\r\n|[\r\n\x85\u2028\u2029]/g;

/** A break other than a lone LF (the usual file has none, and needs no copy). */
const RE_OTHER_BREAK = /[\r\x85\u2028\u2029]/;

/** 1-based line of a UTF-16 index, counting breaks the PyYAML way. */
export function lineOf(text: string, index: number): number {
  let n = 1;
  RE_LINE_BREAK.lastIndex = 0;
  for (let m = RE_LINE_BREAK.exec(text); m !== null && m.index < index; m = RE_LINE_BREAK.exec(text)) n++;
  return n;
}

/**
 * Tags we meet often, known to the schema as plain strings: an unknown tag makes the
 * `yaml` package build a warning (an Error, with a stack) per node — most of its cost.
 * They stay strings; only the node's tag is read.
 */
const STRING_TAGS = [
  "!secret", "!env_var", "!input", "!include", "!include_dir_list", "!include_dir_named",
  "!include_dir_merge_list", "!include_dir_merge_named",
  "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
  "tag:yaml.org,2002:binary", "tag:yaml.org,2002:timestamp",
].map((tag) => ({ tag, resolve: (s: string): string => s }));

const COMPOSE_OPTIONS = {
  customTags: STRING_TAGS,
  version: "1.1",
  schema: "failsafe",
  merge: false,
  uniqueKeys: false,
  // strict adds KEY_OVER_1024_CHARS, a limit PyYAML enforces too.
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
  intAsBigInt: false,
} as const;

/**
 * Parse one YAML text (BOM already removed). Returns the root node or null (empty stream).
 * Throws FileProblem (malformed or limit) and nothing else for any input. The fast path
 * (fastpath.ts) takes the plain files and gives the same graph; `fast: false` skips it
 * (the differential test compares the two).
 */
export function composeText(text: string, limits: OutlineLimits, deadline: number, fast = true): YNode | null {
  const bad = RE_NON_PRINTABLE.exec(text);
  if (bad !== null) throw new FileProblem("malformed", lineOf(text, bad.index), MALFORMED);
  // PyYAML breaks lines at CR, NEL, LS and PS too; the `yaml` package only at LF/CRLF.
  // Each break becomes one LF, so line numbers stay PyYAML's.
  const src = RE_OTHER_BREAK.test(text) ? text.replace(RE_LINE_BREAK, "\n") : text;
  if (fast) {
    const root = fastCompose(src, limits, deadline);
    if (root !== FALLBACK) return root;
  }
  const lc = new LineCounter();
  const line = (offset: number): number => lc.linePos(Math.max(0, offset)).line;
  let tokens: CST.Token[];
  try {
    tokens = [...new Parser(lc.addNewLine).parse(src)];
  } catch {
    throw new FileProblem("malformed", null, MALFORMED);
  }
  checkNesting(tokens, limits, line);
  let docs: Document.Parsed[];
  try {
    docs = [...new Composer(COMPOSE_OPTIONS).compose(tokens, true)];
  } catch {
    throw new FileProblem("malformed", null, MALFORMED);
  }
  // The first error in stream order, as PyYAML stops at it.
  let firstError: number | null = null;
  for (const doc of docs) {
    const errors = doc.errors.length > 1 ? doc.errors.filter((e) => e.code !== "BLOCK_AS_IMPLICIT_KEY") : doc.errors;
    for (const err of errors) {
      const at = errorOffset(err.code, err.pos);
      if (firstError === null || at < firstError) firstError = at;
    }
  }
  if (firstError !== null) throw new FileProblem("malformed", line(firstError), MALFORMED);
  const first = docs[0];
  if (first === undefined) return null;
  const second = docs[1];
  if (second !== undefined) throw new FileProblem("malformed", line(second.range[0]), MALFORMED);
  if (first.contents === null) return null;
  return toGraph(first.contents, line, limits, deadline);
}

/**
 * Where PyYAML would report the problem. A key running onto the next line is reported by
 * PyYAML at the ":" it then finds (the end of the `yaml` package's range); a
 * BLOCK_AS_IMPLICIT_KEY beside another error is the same mistake seen earlier.
 */
function errorOffset(code: string, pos: readonly [number, number]): number {
  return code === "MULTILINE_IMPLICIT_KEY" ? pos[1] : pos[0];
}

// --- nesting, measured on the CST without recursion -----------------------------------

function isCollectionToken(t: CST.Token): t is CST.BlockMap | CST.BlockSequence | CST.FlowCollection {
  return t.type === "block-map" || t.type === "block-seq" || t.type === "flow-collection";
}

function checkNesting(tokens: readonly CST.Token[], limits: OutlineLimits, line: (offset: number) => number): void {
  const work: { token: CST.Token; depth: number }[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t?.type === "document" && t.value) work.push({ token: t.value, depth: 0 });
  }
  while (work.length > 0) {
    const { token, depth } = work.pop() as { token: CST.Token; depth: number };
    if (!isCollectionToken(token)) continue;
    // `depth` collections are open around this one; PyYAML refuses it at max_nesting.
    if (depth >= limits.max_nesting) {
      throw new FileProblem("limit_reached", line(token.offset), `The file nests deeper than ${limits.max_nesting} levels.`);
    }
    const items = token.items as readonly { key?: CST.Token | null; value?: CST.Token }[];
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (item?.value) work.push({ token: item.value, depth: depth + 1 });
      if (item?.key) work.push({ token: item.key, depth: depth + 1 });
    }
  }
}

// --- the yaml AST → our node graph, in document order ---------------------------------

type Slot = { readonly into: YNode[] | null };

function emptyScalar(line: number): ScalarNode {
  return { kind: "scalar", tag: null, value: "", plain: true, line };
}

function tagOf(node: YamlNode): string | null {
  const tag = node.tag;
  return typeof tag === "string" && tag.length > 0 ? tag : null;
}

function toGraph(root: YamlNode, line: (offset: number) => number, limits: OutlineLimits, deadline: number): YNode | null {
  const anchors = new Map<string, YNode>();
  let result: YNode | null = null;
  let count = 0;
  // Pre-order, keys before values: the order PyYAML's composer meets anchors and aliases.
  const work: { node: YamlNode | Pair | null; into: YNode[] | null; fallbackLine: number }[] = [
    { node: root, into: null, fallbackLine: 1 },
  ];
  const place = (slot: Slot, n: YNode): void => {
    if (slot.into) slot.into.push(n);
    else result = n;
  };
  while (work.length > 0) {
    const { node, into, fallbackLine } = work.pop() as (typeof work)[number];
    count += 1;
    if (count % 4096 === 0 && performance.now() > deadline) throw new FileProblem("limit_reached", null, TIME_LIMIT_FILE);
    if (node === null) {
      place({ into }, emptyScalar(fallbackLine));
      continue;
    }
    if (isPair(node)) {
      const key = (node.key ?? null) as YamlNode | null;
      const keyLine = key?.range ? line(key.range[0]) : fallbackLine;
      const pairMap: CollectionNode = { kind: "map", tag: null, items: [], line: keyLine };
      place({ into }, pairMap);
      work.push({ node: (node.value ?? null) as YamlNode | null, into: pairMap.items, fallbackLine: keyLine });
      work.push({ node: key, into: pairMap.items, fallbackLine: keyLine });
      continue;
    }
    const at = line(node.range?.[0] ?? 0);
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) throw new FileProblem("malformed", at, MALFORMED);
      place({ into }, target);
      continue;
    }
    let made: YNode;
    if (isScalar(node)) {
      const tag = tagOf(node);
      const raw = node.value;
      const value = typeof raw === "string" ? raw : raw === null || raw === undefined ? "" : String(raw);
      const plainStyle = node.type === "PLAIN" || node.type === undefined;
      made = { kind: "scalar", tag, value, plain: (plainStyle && tag === null) || tag === "!", line: at };
    } else if (isMap(node) || isSeq(node)) {
      made = { kind: isMap(node) ? "map" : "seq", tag: tagOf(node), items: [], line: at };
    } else {
      throw new FileProblem("malformed", at, MALFORMED);
    }
    const anchor = node.anchor;
    if (typeof anchor === "string" && anchor.length > 0) {
      if (anchors.has(anchor)) throw new FileProblem("malformed", at, MALFORMED);
      anchors.set(anchor, made);
    }
    place({ into }, made);
    if (made.kind === "scalar") continue;
    const items = made.items;
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i];
        if (!isPair(pair)) continue;
        const key = (pair.key ?? null) as YamlNode | null;
        const keyLine = key?.range ? line(key.range[0]) : at;
        work.push({ node: (pair.value ?? null) as YamlNode | null, into: items, fallbackLine: keyLine });
        work.push({ node: key, into: items, fallbackLine: keyLine });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        if (isPair(item)) {
          // `[a: 1]`: a single-pair mapping inside a flow sequence, as PyYAML composes it.
          work.push({ node: item, into: items, fallbackLine: at });
          continue;
        }
        work.push({ node: (item ?? null) as YamlNode | null, into: items, fallbackLine: at });
      }
    }
  }
  return result;
}
