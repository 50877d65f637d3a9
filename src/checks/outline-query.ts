/**
 * Finding things in the config outline (src/facts/types.ts `Outline`).
 *
 * A file's entries are relative to where the file sits in the configuration tree: a file
 * included as `http: !include http.yaml` has `mount: ["http"]` and an entry `["ssl_key"]`.
 * The *effective path* is `mount + entry.path`. Package files merge into the top level,
 * so `homeassistant.packages.<name>.http.…` is also found as `http.…` (see `configPath`).
 *
 * The API:
 * - `effectivePath(file, entry)`: mount + path.
 * - `configPath(file, entry)`: effective path with a package prefix removed.
 * - `entriesAt(outline, pattern)`: every entry whose config path matches; `"*"` in the
 *    pattern matches any single key or list index. Reachable files only unless asked.
 * - `firstAt(outline, pattern)`: the first of those, or undefined.
 * - `sibling(hit, key)`: the entry next to a hit, in the same file (`webhook_id` beside `platform`).
 * - `listItems(outline, pattern)`: the string items of a list key (`trusted_proxies`), in
 *    either outline form (value on the list entry, or one entry per item).
 * - `where(hit)`: "configuration.yaml:12"; `evAt(text, hit)`: evidence with file and line.
 * - `formatPath(path)`: "homeassistant.auth_providers[0].type".
 * - `incomplete(outline)`: why the reachable configuration is not fully in the outline
 *    (a reachable file with an error, or a walk limit), or null. Check it before reading
 *    an *absent* key as "Home Assistant's default".
 * - `outlineIndex(outline)`: every entry with its file and config path, built once per
 *    outline object and shared by every check (the queries above use it too).
 */
import type { Outline, OutlineEntry, OutlineFile } from "../facts/types.js";
import { perValue } from "./memo.js";
import { ev } from "./result.js";
import type { Evidence } from "./types.js";

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** One entry found, with its file and config path. */
export interface Hit {
  readonly file: OutlineFile;
  readonly entry: OutlineEntry;
  /** Config path (effective path with any package prefix removed). */
  readonly path: Path;
}

export interface QueryOptions {
  /** Also search files not reached from configuration.yaml (ESPHome, blueprints…). Default false. */
  readonly includeUnreachable?: boolean;
}

/** Matches any single key or list index in a pattern. */
export const ANY = "*";

export function effectivePath(file: OutlineFile, entry: OutlineEntry): Path {
  return file.mount ? [...file.mount, ...entry.path] : entry.path;
}

/** Effective path, with `homeassistant.packages.<name>` removed: packages merge into the top level. */
export function configPath(file: OutlineFile, entry: OutlineEntry): Path {
  const p = effectivePath(file, entry);
  if (p.length >= 3 && p[0] === "homeassistant" && p[1] === "packages") return p.slice(3);
  return p;
}

function matches(pattern: Path, path: Path): boolean {
  if (pattern.length !== path.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const seg = pattern[i];
    if (seg !== ANY && seg !== path[i]) return false;
  }
  return true;
}

/** Every entry of one outline with its config path, computed once per outline object. */
export interface OutlineIndex {
  /** Every entry of every file (reachable or not), in file order. */
  readonly all: readonly Hit[];
  /** `all` grouped by the first segment of the config path, file order kept. */
  readonly byHead: ReadonlyMap<PathSegment, readonly Hit[]>;
}

function buildIndex(outline: Outline): OutlineIndex {
  const all: Hit[] = [];
  const byHead = new Map<PathSegment, Hit[]>();
  for (const file of outline.files) {
    for (const entry of file.entries) {
      const hit: Hit = { file, entry, path: configPath(file, entry) };
      all.push(hit);
      const head = hit.path[0];
      if (head === undefined) continue;
      const bucket = byHead.get(head);
      if (bucket) bucket.push(hit);
      else byHead.set(head, [hit]);
    }
  }
  return { all, byHead };
}

/**
 * The index of `outline`, memoised per outline object (a WeakMap): the outline is an
 * immutable fact, so every check and query over the same outline shares one walk, and
 * the index is freed with the facts. The hits are shared: treat them as read-only.
 */
export const outlineIndex: (outline: Outline) => OutlineIndex = perValue(buildIndex);

const NONE: readonly Hit[] = [];

/** The indexed hits that can match `pattern`: one first-segment bucket when the pattern names it. */
function candidates(outline: Outline, pattern: Path): readonly Hit[] {
  const index = outlineIndex(outline);
  const head = pattern[0];
  return head === undefined || head === ANY ? index.all : (index.byHead.get(head) ?? NONE);
}

/** All entries whose config path matches `pattern`, in file order. */
export function entriesAt(outline: Outline, pattern: Path, opts: QueryOptions = {}): Hit[] {
  const withUnreachable = opts.includeUnreachable === true;
  const hits: Hit[] = [];
  for (const hit of candidates(outline, pattern)) {
    if ((withUnreachable || hit.file.reachable) && matches(pattern, hit.path)) hits.push(hit);
  }
  return hits;
}

export function firstAt(outline: Outline, pattern: Path, opts: QueryOptions = {}): Hit | undefined {
  const withUnreachable = opts.includeUnreachable === true;
  for (const hit of candidates(outline, pattern)) {
    if ((withUnreachable || hit.file.reachable) && matches(pattern, hit.path)) return hit;
  }
  return undefined;
}

/** The entry at `hit`'s parent path + `key`, in the same file. */
export function sibling(hit: Hit, key: PathSegment): Hit | undefined {
  return child({ ...hit, path: hit.path.slice(0, -1), entry: { ...hit.entry, path: hit.entry.path.slice(0, -1) } }, key);
}

/** The entry at `hit`'s path + `key`, in the same file. */
export function child(hit: Hit, key: PathSegment): Hit | undefined {
  const want = [...hit.entry.path, key];
  const entry = hit.file.entries.find((e) => matches(want, e.path));
  return entry ? { file: hit.file, entry, path: [...hit.path, key] } : undefined;
}

export interface ListItem {
  /** The string, or null when the outline does not carry it (tagged or not allow-listed). */
  readonly value: string | null;
  readonly hit: Hit;
}

/**
 * The items of a list of strings at `pattern` (each match of the pattern is one list).
 * The outline may give the list's strings on the list entry itself (`value: [...]`, line of
 * the key) or as one entry per item (`path: [..., 0]`); both are handled. A scalar
 * written where a list is expected (`trusted_proxies: 10.0.0.1`) counts as one item, as
 * `cv.ensure_list` does.
 */
export function listItems(outline: Outline, pattern: Path, opts: QueryOptions = {}): ListItem[] {
  const items: ListItem[] = [];
  for (const list of entriesAt(outline, pattern, opts)) {
    const v = list.entry.value;
    if (Array.isArray(v)) {
      for (const s of v as readonly string[]) items.push({ value: s, hit: list });
      continue;
    }
    if (list.entry.type !== "seq") {
      items.push({ value: typeof v === "string" ? v : null, hit: list });
      continue;
    }
    for (const item of entriesAt(outline, [...list.path, ANY], opts)) {
      if (item.file !== list.file || typeof item.path[item.path.length - 1] !== "number") continue;
      const iv = item.entry.value;
      items.push({ value: typeof iv === "string" ? iv : null, hit: item });
    }
  }
  return items;
}

/** "configuration.yaml:12". */
export function where(hit: Hit): string {
  return `${hit.file.path}:${hit.entry.line}`;
}

/** Evidence at the hit's file and line; the text is prefixed with "file:line ". */
export function evAt(text: string, hit: Hit): Evidence {
  return ev(`${where(hit)} ${text}`, hit.file.path, hit.entry.line);
}

/** "homeassistant.auth_providers[0].type". */
export function formatPath(path: Path): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out === "" ? seg : `.${seg}`;
  return out;
}

/**
 * Why the outline may be missing part of the loaded configuration, or null when it is
 * complete: a reachable file could not be read or parsed, or the walk hit a limit.
 */
export function incomplete(outline: Outline): string | null {
  if (outline.truncated) return `The configuration outline is incomplete (${outline.truncated.limit}).`;
  const broken = outline.files.find((f) => f.reachable && f.error !== null);
  return broken?.error ? `${broken.path} could not be read completely (${broken.error.kind}).` : null;
}
