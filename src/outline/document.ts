/**
 * One composed document → outline entries and include references (outline.py
 * `_outline_document` / `_make_entry`). Pre-order, iterative; a collection that is its
 * own ancestor (recursive alias) is not descended again.
 */
import type { OutlineEntry, OutlineFile, OutlineScalarType, OutlineTag, StringFeatures } from "../facts/types.js";
import { asciiLower, hasCredential, stringFeatures } from "./features.js";
import type { OutlineLimits } from "./limits.js";
import type { CollectionNode, ScalarNode, YNode } from "./parse.js";
import { boolValue, floatValue, intValue, resolveScalar } from "./resolve.js";

/** Keys whose string values (or lists of strings) may be shown: non-secret and security-relevant. */
export const ALLOWED_VALUE_KEYS: ReadonlySet<string> = new Set([
  "platform", "type", "server_host", "server_port", "trusted_proxies", "trusted_networks",
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

type Entry = { -readonly [K in keyof OutlineEntry]: OutlineEntry[K] };
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

function makeEntry(path: (string | number)[], line: number, node: YNode, key: string, inSecrets: boolean): OutlineEntry {
  const tag = outlineTag(node.tag);
  const type = nodeType(node);
  const entry: Entry = { path, line, tag, type };
  if (tag !== null) return entry;
  if (node.kind === "scalar") {
    let value: boolean | number | string | null = null;
    if (type === "bool") value = boolValue(node.value);
    else if (type === "int" || type === "float") {
      const lowered = asciiLower(key);
      if (!NUMBER_DENY_SUBSTRINGS.some((w) => lowered.includes(w))) value = type === "int" ? intValue(node.value) : floatValue(node.value);
    } else if (type === "str") {
      const features: StringFeatures = stringFeatures(node.value);
      entry.features = features;
      if (ALLOWED_VALUE_KEYS.has(key) && !hasCredential(features)) value = node.value;
    }
    if (value !== null && !inSecrets) entry.value = value;
  } else if (node.kind === "seq" && ALLOWED_VALUE_KEYS.has(key) && !inSecrets) {
    const items: string[] = [];
    for (const item of node.items) {
      if (item.kind !== "scalar" || outlineTag(item.tag) !== null || resolveScalar(item) !== "str") return entry;
      if (hasCredential(stringFeatures(item.value))) return entry;
      items.push(item.value);
    }
    entry.value = items;
  }
  return entry;
}

type Work =
  | { readonly action: "visit"; readonly node: YNode; readonly path: (string | number)[] }
  | { readonly action: "entry"; readonly key: ScalarNode; readonly value: YNode; readonly path: (string | number)[] }
  | { readonly action: "leave"; readonly node: CollectionNode };

export function outlineDocument(root: YNode | null, inSecrets: boolean, limits: OutlineLimits, entriesLeft: number): DocumentOutline {
  const entries: OutlineEntry[] = [];
  const includes: IncludeRef[] = [];
  const done = (error: FileError | null, totalHit = false): DocumentOutline => ({ entries, includes, error, totalHit });
  if (root === null) return done(null);
  let nodes = 0;
  const onPath = new Set<CollectionNode>();
  const work: Work[] = [{ action: "visit", node: root, path: [] }];
  while (work.length > 0) {
    const item = work.pop() as Work;
    if (item.action === "leave") {
      onPath.delete(item.node);
      continue;
    }
    if (item.action === "entry") {
      if (entries.length >= limits.max_entries_per_file) {
        return done({ kind: "limit_reached", line: null, message: `The file has more than ${limits.max_entries_per_file} keys; the rest is not listed.` });
      }
      if (entries.length >= entriesLeft) {
        return done({ kind: "limit_reached", line: null, message: "The outline reached its total key limit; the rest of the file is not listed." }, true);
      }
      const keyPath = [...item.path, item.key.value];
      entries.push(makeEntry(keyPath, item.key.line, item.value, item.key.value, inSecrets));
      work.push({ action: "visit", node: item.value, path: keyPath });
      continue;
    }
    nodes += 1;
    if (nodes > limits.max_nodes_per_file) {
      return done({ kind: "limit_reached", line: null, message: `The file has more than ${limits.max_nodes_per_file} nodes; the rest is not listed.` });
    }
    const node = item.node;
    if (node.kind === "scalar") {
      if (node.tag !== null && INCLUDE_TAGS.has(node.tag)) includes.push({ tag: node.tag, arg: node.value, line: node.line, path: item.path });
      continue;
    }
    if (onPath.has(node)) continue;
    onPath.add(node);
    work.push({ action: "leave", node });
    if (node.kind === "map") {
      const pairs = node.items;
      for (let i = pairs.length - 2; i >= 0; i -= 2) {
        const key = pairs[i];
        const value = pairs[i + 1];
        // Complex keys are refused by Home Assistant: skipped.
        if (key?.kind === "scalar" && value !== undefined) work.push({ action: "entry", key, value, path: item.path });
      }
    } else {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const child = node.items[i];
        if (child !== undefined) work.push({ action: "visit", node: child, path: [...item.path, i] });
      }
    }
  }
  return done(null);
}
