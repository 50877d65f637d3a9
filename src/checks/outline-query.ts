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
 * - `where(hit)`: "configuration.yaml:12"; `evAt(key, params, hit)`: evidence with file and line.
 * - `formatPath(path)`: "homeassistant.auth_providers[0].type".
 * - `incomplete(outline)`: why the reachable configuration is not fully in the outline
 *    (a reachable file with an error, or a walk limit), or null. Check it before reading
 *    an *absent* key as "Home Assistant's default".
 * - `outlineIndex(outline)`: every entry with its file and config path, built once per
 *    outline object and shared by every check (the queries above use it too).
 */
import type { Outline, OutlineEntry, OutlineFile } from "../facts/types.js";
import { perValue } from "./memo.js";
import type { Message, MessageParam } from "../i18n/message.js";
import { type EvidenceKey, ev, reasonMsg } from "./result.js";
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
      const lines = list.entry.item_lines;
      (v as readonly string[]).forEach((s, i) => items.push({ value: s, hit: itemHit(list, i, s, lines?.[i]) }));
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

/** The i-th item of a list entry as a hit of its own, at the item's line when the outline has it. */
function itemHit(list: Hit, i: number, value: string, line: number | undefined): Hit {
  if (line === undefined) return list;
  const entry: OutlineEntry = { path: [...list.entry.path, i], line, tag: null, type: "str", value };
  return { file: list.file, entry, path: [...list.path, i] };
}

/** "configuration.yaml:12". */
export function where(hit: Hit): string {
  return `${hit.file.path}:${hit.entry.line}`;
}

/** Evidence at the hit's file and line (rendered "file:line message"). */
export function evAt(key: EvidenceKey, params: Readonly<Record<string, MessageParam>> | undefined, hit: Hit): Evidence {
  return ev(key, params, hit.file.path, hit.entry.line);
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
export function incomplete(outline: Outline): Message | null {
  if (outline.truncated) return truncatedReason(outline.truncated);
  const broken = outline.files.find((f) => f.reachable && f.error !== null);
  return broken?.error ? fileUnreadReason(broken.path, broken.error.kind) : null;
}

/** "The configuration outline is incomplete (max_entries)." */
export function truncatedReason(truncated: NonNullable<Outline["truncated"]>): Message {
  return reasonMsg("outline_truncated", { limit: truncated.limit });
}

/** "packages/x.yaml could not be read completely (too_large)." */
export function fileUnreadReason(file: string, kind: string): Message {
  return reasonMsg("file_unread", { file, kind });
}

/** A part of the configuration tree the outline could not read: anything under `path` may be missing. */
export interface BlindSpot {
  /** Config path (package prefix removed); `[]` means anywhere. */
  readonly path: Path;
  /** One line for people: which file, and why. */
  readonly reason: Message;
}

const INCLUDE_TAGS: ReadonlySet<string> = new Set(["!include", "!include_dir_list", "!include_dir_named", "!include_dir_merge_list", "!include_dir_merge_named"]);
const INCLUDE_DEPTH_MESSAGE = "This include exceeds";

function isIncludeError(file: OutlineFile): boolean {
  const e = file.error;
  if (e === null || e.line === null) return false;
  return e.kind === "missing_include" || e.kind === "include_cycle" || (e.kind === "limit_reached" && e.message.startsWith(INCLUDE_DEPTH_MESSAGE));
}

function pathsEqual(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((seg, i) => seg === b[i]);
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => seg === path[i]);
}

/** Config path of an effective path: packages merge into the top level. */
function toConfigPath(p: Path): Path {
  if (p[0] === "homeassistant" && p[1] === "packages") return p.length >= 3 ? p.slice(3) : [];
  return p;
}

/** Some reachable file was included at `mount` (or, for a dir include, below it). */
function resolvedAt(outline: Outline, tag: OutlineEntry["tag"], mount: Path): boolean {
  return outline.files.some((f) => {
    if (!f.reachable || f.mount === null) return false;
    if (tag === "!include_dir_list" || tag === "!include_dir_named") return f.mount.length === mount.length + 1 && startsWith(f.mount, mount);
    return pathsEqual(f.mount, mount);
  });
}

/**
 * The places an include problem in `file` may hide configuration. Only the file's first
 * problem is recorded (at `line`), and includes are followed in document order, so:
 * the failed include itself; every later include that no listed file confirms; and the
 * later lists (and the lists around the failure), whose items may be includes the outline
 * does not show.
 */
function includeBlindSpots(outline: Outline, file: OutlineFile, line: number, reason: Message): BlindSpot[] {
  const mount = file.mount ?? [];
  const at = (entry: OutlineEntry): BlindSpot => ({ path: toConfigPath([...mount, ...entry.path]), reason });
  const spots: BlindSpot[] = [];
  const failed = file.entries.find((e) => e.line === line && e.tag !== null && INCLUDE_TAGS.has(e.tag));
  if (failed) {
    spots.push(at(failed));
    for (const e of file.entries) {
      if (e.type === "seq" && e.value === undefined && startsWith(failed.path, e.path)) spots.push(at(e));
    }
  } else {
    // An include in a list item or at the root has no entry: the whole top-level key around it.
    const top = file.entries.filter((e) => e.path.length === 1 && typeof e.path[0] === "string" && e.line <= line).pop();
    spots.push(top ? at(top) : { path: toConfigPath(mount), reason });
  }
  for (const e of file.entries) {
    if (e.line <= line) continue;
    if (e.tag !== null && INCLUDE_TAGS.has(e.tag) && !resolvedAt(outline, e.tag, [...mount, ...e.path])) spots.push(at(e));
    else if (e.type === "seq" && e.value === undefined) spots.push(at(e));
  }
  if (file.entries.some((e) => typeof e.path[0] === "number")) spots.push({ path: toConfigPath(mount), reason });
  return spots;
}

function buildBlindSpots(outline: Outline): readonly BlindSpot[] {
  if (outline.truncated) return [{ path: [], reason: truncatedReason(outline.truncated) }];
  const spots: BlindSpot[] = [];
  for (const file of outline.files) {
    if (!file.reachable || file.error === null) continue;
    const reason = fileUnreadReason(file.path, file.error.kind);
    if (isIncludeError(file)) spots.push(...includeBlindSpots(outline, file, file.error.line as number, reason));
    else spots.push({ path: toConfigPath(file.mount ?? []), reason });
  }
  return spots;
}

/** Every blind spot of the outline, memoised per outline object. */
export const blindSpots: (outline: Outline) => readonly BlindSpot[] = perValue(buildBlindSpots);

/**
 * Why keys at or under `path` may be missing from the outline, or null when every place they
 * could come from was read. A missing `!include_dir_merge_named themes` under `frontend:`
 * leaves `http:` readable: only spots that contain `path`, or lie inside it, count.
 */
export function incompleteAt(outline: Outline, path: Path): Message | null {
  for (const spot of blindSpots(outline)) {
    if (startsWith(path, spot.path) || startsWith(spot.path, path)) return spot.reason;
  }
  return null;
}
