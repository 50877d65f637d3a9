/**
 * One composed document → outline entries and include references (outline.py
 * `_outline_document` / `_make_entry`). Pre-order, iterative; a collection that is its
 * own ancestor (recursive alias) is not descended again.
 */
import type { OutlineEntry, OutlineFile, OutlineScalarType, OutlineTag, StringFeatures } from "../facts/types.js";
import { asciiLower, hasCredential, stringFeatures } from "./features.js";
import type { OutlineLimits } from "./limits.js";
import type { CollectionNode, YNode } from "./parse.js";
import { boolValue, floatValue, intValue, resolveScalar } from "./resolve.js";

/** Keys whose string values (or lists of strings) may be shown: non-secret and security-relevant. */
export const ALLOWED_VALUE_KEYS: ReadonlySet<string> = new Set([
  "platform", "trigger", "type", "server_host", "server_port", "trusted_proxies", "trusted_networks",
  "cors_allowed_origins", "allowlist_external_dirs", "allowlist_external_urls", "ssl_certificate",
  "ssl_key", "ssl_profile", "external_url", "internal_url", "allowed_methods", "mode",
  "use_x_forwarded_for", "ip_ban_enabled", "login_attempts_threshold", "local_only", "allow_bypass_login",
]);

/** Numbers under keys containing these are hidden: alarm codes and PINs are numbers too. */
export const NUMBER_DENY_SUBSTRINGS: readonly string[] = ["pass", "pwd", "pin", "code", "secret", "token", "key", "auth", "cred", "otp"];

export const INCLUDE_TAGS: ReadonlySet<string> = new Set([
  "!include", "!include_dir_list", "!include_dir_named", "!include_dir_merge_list", "!include_dir_merge_named",
]);
const OUTLINE_TAGS: ReadonlySet<string> = new Set([...INCLUDE_TAGS, "!secret", "!env_var", "!input"]);

export interface IncludeRef {
  readonly tag: string;
  readonly arg: string;
  readonly line: number;
  readonly path: readonly (string | number)[];
}

type FileError = NonNullable<OutlineFile["error"]>;

export interface DocumentOutline {
  readonly entries: OutlineEntry[];
  readonly includes: IncludeRef[];
  readonly error: FileError | null;
  /** The outline-wide key limit stopped this file. */
  readonly totalHit: boolean;
}

function outlineTag(tag: string | null): OutlineTag | null {
  return tag !== null && OUTLINE_TAGS.has(tag) ? (tag as OutlineTag) : null;
}

function nodeType(node: YNode): OutlineScalarType {
  return node.kind === "scalar" ? resolveScalar(node) : node.kind;
}

/**
 * String features by string, for one build only (never kept after it): config values
 * repeat (`platform: rest`, `application/json`). Entries share features objects — also
 * between different strings with the same features (a few thousand shapes for a whole
 * folder instead of one object per string: most of the outline's memory otherwise).
 */
export class FeatureMemo {
  private readonly known = new Map<string, StringFeatures>();
  private readonly shapes = new Map<number, StringFeatures>();
  private readonly deny = new Map<string, boolean>();
  private readonly keys = new Map<string, string>();

  get(text: string): StringFeatures {
    let f = this.known.get(text);
    if (f === undefined) {
      f = this.shared(stringFeatures(text));
      // Bounded: a folder of unique strings must not grow it without end.
      if (this.known.size >= MEMO_MAX) this.known.clear();
      this.known.set(text, f);
    }
    return f;
  }

  /**
   * The one object with exactly these features (values are never kept, only their shape).
   * The shape number covers every field of StringFeatures (SHAPE_FIELDS fails to compile
   * when a field is added and not listed).
   */
  private shared(f: StringFeatures): StringFeatures {
    const bits =
      (f.template ? 1 : 0) |
      (f.url ? 2 : 0) |
      (f.url_credentials ? 4 : 0) |
      (f.url_credential_query ? 8 : 0) |
      (f.command_credentials ? 16 : 0) |
      (f.multiline ? 32 : 0) |
      (f.whitespace ? 64 : 0) |
      (f.auth_prefix === "bearer" ? 128 : f.auth_prefix === "basic" ? 256 : 0) |
      (f.entropy === "medium" ? 512 : f.entropy === "high" ? 1024 : 0) |
      (f.placeholder === true ? 2048 : 0);
    const shape = f.length * 4096 + bits;
    const known = this.shapes.get(shape);
    if (known !== undefined) return known;
    if (this.shapes.size >= MEMO_MAX) this.shapes.clear();
    this.shapes.set(shape, f);
    return f;
  }

  /** Does the key name contain one of NUMBER_DENY_SUBSTRINGS (ASCII case-insensitively)? */
  denied(key: string): boolean {
    let d = this.deny.get(key);
    if (d === undefined) {
      const lowered = asciiLower(key);
      d = NUMBER_DENY_SUBSTRINGS.some((w) => lowered.includes(w));
      if (this.deny.size >= MEMO_MAX) this.deny.clear();
      this.deny.set(key, d);
    }
    return d;
  }

  /**
   * One string object per distinct key name: entries keep their path for the whole build,
   * and a key sliced from a file would keep that file's text alive with it.
   */
  key(text: string): string {
    let k = this.keys.get(text);
    if (k === undefined) {
      k = text.length < 13 ? text : text.split("").join(""); // a flat copy, not a slice
      if (this.keys.size >= MEMO_MAX) this.keys.clear();
      this.keys.set(k, k);
    }
    return k;
  }

  clear(): void {
    this.known.clear();
    this.shapes.clear();
    this.deny.clear();
    this.keys.clear();
  }
}
/** Every StringFeatures field, each encoded in FeatureMemo.shared's shape number. */
export const SHAPE_FIELDS: Readonly<Record<keyof StringFeatures, true>> = {
  length: true, template: true, url: true, url_credentials: true, url_credential_query: true,
  auth_prefix: true, command_credentials: true, entropy: true, multiline: true, whitespace: true, placeholder: true,
};
const MEMO_MAX = 16_384;

/**
 * One entry. Objects are built whole (no properties added later: that is slow in V8), with
 * the key order the outline has always had: path, line, tag, type, features, value.
 */
function makeEntry(path: (string | number)[], line: number, node: YNode, key: string, inSecrets: boolean, memo: FeatureMemo): OutlineEntry {
  const tag = outlineTag(node.tag);
  if (tag !== null) {
    // `!env_var NAME default`: the default is literal text in the file; describe its shape.
    const fallback = tag === "!env_var" && node.kind === "scalar" ? envVarDefault(node.value) : null;
    if (fallback !== null) return { path, line, tag, type: "str", features: memo.get(fallback) };
    return { path, line, tag, type: nodeType(node) };
  }
  if (node.kind === "scalar") {
    const type = resolveScalar(node);
    if (type === "str") {
      const features: StringFeatures = memo.get(node.value);
      if (!inSecrets && ALLOWED_VALUE_KEYS.has(key) && !hasCredential(features)) return { path, line, tag, type, features, value: node.value };
      return { path, line, tag, type, features };
    }
    let value: boolean | number | null = null;
    if (type === "bool") value = boolValue(node.value);
    else if ((type === "int" || type === "float") && !memo.denied(key)) value = type === "int" ? intValue(node.value) : floatValue(node.value);
    if (value !== null && !inSecrets) return { path, line, tag, type, value };
    return { path, line, tag, type };
  }
  const type = node.kind;
  if (node.kind === "seq" && ALLOWED_VALUE_KEYS.has(key) && !inSecrets) {
    const items: string[] = [];
    const itemLines: number[] = [];
    for (const item of node.items) {
      if (item.kind !== "scalar" || outlineTag(item.tag) !== null || resolveScalar(item) !== "str") return { path, line, tag, type };
      if (hasCredential(memo.get(item.value))) return { path, line, tag, type };
      items.push(item.value);
      itemLines.push(item.line);
    }
    return { path, line, tag, type, value: items, item_lines: itemLines };
  }
  return { path, line, tag, type };
}

/** Python's `str.split()` separators (`str.isspace`), for Home Assistant's `!env_var` argument split. */
// eslint-disable-next-line no-control-regex -- Python's str.isspace includes U+001C–U+001F.
const RE_PY_WHITESPACE = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

/**
 * The default of `!env_var NAME default words`, as Home Assistant computes it
 * (util/yaml/loader.py: `args = value.split()`, default `" ".join(args[1:])`), or null.
 */
export function envVarDefault(value: string): string | null {
  const args = value.split(RE_PY_WHITESPACE).filter((a) => a !== "");
  return args.length > 1 ? args.slice(1).join(" ") : null;
}

/**
 * `[...path, last]`. Array literals for the usual depths: faster than a spread, and V8 can
 * allocate them straight into the old generation once it sees they all survive.
 */
function extend(path: readonly (string | number)[], last: string | number): (string | number)[] {
  switch (path.length) {
    case 0:
      return [last];
    case 1:
      return [path[0] as string | number, last];
    case 2:
      return [path[0] as string | number, path[1] as string | number, last];
    case 3:
      return [path[0] as string | number, path[1] as string | number, path[2] as string | number, last];
    case 4:
      return [path[0] as string | number, path[1] as string | number, path[2] as string | number, path[3] as string | number, last];
    default:
      return [...path, last];
  }
}

/** One open collection of the walk: the next item to look at and the collection's path. */
interface Frame {
  readonly node: CollectionNode;
  readonly path: (string | number)[];
  next: number;
}

export function outlineDocument(
  root: YNode | null,
  inSecrets: boolean,
  limits: OutlineLimits,
  entriesLeft: number,
  memo: FeatureMemo = new FeatureMemo(),
): DocumentOutline {
  const entries: OutlineEntry[] = [];
  const includes: IncludeRef[] = [];
  const done = (error: FileError | null, totalHit = false): DocumentOutline => ({ entries, includes, error, totalHit });
  if (root === null) return done(null);
  const nodesOver = (): DocumentOutline =>
    done({ kind: "limit_reached", line: null, message: `The file has more than ${limits.max_nodes_per_file} nodes; the rest is not listed.` });
  const maxNodes = limits.max_nodes_per_file;
  const maxEntries = limits.max_entries_per_file;
  let nodes = 0;
  // The collections open around the one being walked (a recursive alias is not re-entered).
  const onPath = new Set<CollectionNode>();
  const frames: Frame[] = [];
  /** Pre-order visit of one node: scalars are done at once, a collection opens a frame. */
  const visit = (node: YNode, path: (string | number)[]): boolean => {
    nodes += 1;
    if (nodes > maxNodes) return false;
    if (node.kind === "scalar") {
      if (node.tag !== null && INCLUDE_TAGS.has(node.tag)) includes.push({ tag: node.tag, arg: node.value, line: node.line, path });
    } else if (!onPath.has(node)) {
      onPath.add(node);
      frames.push({ node, path, next: 0 });
    }
    return true;
  };
  if (!visit(root, [])) return nodesOver();
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as Frame;
    const items = frame.node.items;
    if (frame.next >= items.length) {
      frames.pop();
      onPath.delete(frame.node);
      continue;
    }
    if (frame.node.kind === "seq") {
      const i = frame.next++;
      const child = items[i] as YNode;
      if (!visit(child, extend(frame.path, i))) return nodesOver();
      continue;
    }
    const key = items[frame.next] as YNode;
    const value = items[frame.next + 1];
    frame.next += 2;
    // Complex keys are refused by Home Assistant: skipped.
    if (key.kind !== "scalar" || value === undefined) continue;
    if (entries.length >= maxEntries) {
      return done({ kind: "limit_reached", line: null, message: `The file has more than ${maxEntries} keys; the rest is not listed.` });
    }
    if (entries.length >= entriesLeft) {
      return done({ kind: "limit_reached", line: null, message: "The outline reached its total key limit; the rest of the file is not listed." }, true);
    }
    const keyPath = extend(frame.path, memo.key(key.value));
    entries.push(makeEntry(keyPath, key.line, value, key.value, inSecrets, memo));
    if (!visit(value, keyPath)) return nodesOver();
  }
  return done(null);
}
