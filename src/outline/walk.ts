/**
 * The folder walk (outline.py `_Builder`): configuration.yaml and everything it reaches
 * through `!include*` (reachable, with a mount), then every other *.yaml / *.yml file
 * (unreachable). Files are read one at a time, bounded by the limits; every limit hit and
 * every per-file problem is recorded, never thrown. File system calls are synchronous:
 * the walk is sequential anyway, and a thread-pool round trip per call cost more than the
 * parse of a typical file (lint-config is a CLI; nothing else waits on its event loop).
 */
import { closeSync, lstatSync, openSync, readSync, readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import type { Outline, OutlineEntry, OutlineFile } from "../facts/types.js";
import { FeatureMemo, type IncludeRef } from "./document.js";
import { numText, type OutlineLimits } from "./limits.js";
import { TIME_LIMIT_FILE } from "./parse.js";
import { parseText } from "./text.js";

/** www/ is walked: it is served without auth, so whether its YAML holds credentials matters. */
export const SKIP_DIRS: ReadonlySet<string> = new Set(["deps", "tts", "node_modules", "__pycache__", "custom_components"]);
export const SECRETS_FILE = "secrets.yaml";
export const ROOT_FILE = "configuration.yaml";

type Mount = (string | number)[];
type FileError = NonNullable<OutlineFile["error"]>;
interface FileRecord {
  path: string;
  reachable: boolean;
  mount: Mount | null;
  error: FileError | null;
  entries: OutlineEntry[];
}

class Stop extends Error {
  constructor(
    readonly limit: string,
    message: string,
  ) {
    super(message);
  }
}

const MISSING = Symbol("missing");

function errorOf(kind: FileError["kind"], line: number | null, message: string): FileError {
  return { kind, line, message };
}

function codeOf(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/** Python's sort order of str: by code point (UTF-16 order differs above U+FFFF). */
export function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** os.path.realpath without `strict`: the longest existing prefix resolved, the rest kept. */
function looseRealpath(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    const parent = path.dirname(p);
    if (parent === p) return p;
    return path.join(looseRealpath(parent), path.basename(p));
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

interface DirItem {
  readonly name: string;
  readonly full: string;
  /** os.DirEntry.is_dir(): follows symlinks. */
  readonly isDir: boolean;
  readonly isSymlink: boolean;
}

function scan(folder: string): DirItem[] | null {
  let dirents: Dirent[];
  try {
    dirents = readdirSync(folder, { withFileTypes: true });
  } catch {
    return null;
  }
  const items: DirItem[] = [];
  for (const d of dirents) {
    const full = path.join(folder, d.name);
    const isSymlink = d.isSymbolicLink();
    items.push({ name: d.name, full, isSymlink, isDir: isSymlink ? isDir(full) : d.isDirectory() });
  }
  return items.sort((a, b) => byCodePoint(a.name, b.name));
}

export class OutlineBuilder {
  private readonly root: string;
  private rootReal = "";
  private readonly startMs = performance.now();
  private readonly files = new Map<string, FileRecord>();
  private totalBytes = 0;
  private totalEntries = 0;
  private truncated: { limit: string; message: string } | null = null;
  /** realpath by path, for this build (a file is resolved up to three times). */
  private readonly reals = new Map<string, string>();
  /** Lives as long as this builder (one build). */
  private readonly memo = new FeatureMemo();

  constructor(
    configDir: string,
    private readonly limits: OutlineLimits,
  ) {
    this.root = path.resolve(configDir);
  }

  async build(): Promise<Outline> {
    this.rootReal = looseRealpath(this.root);
    try {
      const rootFile = path.join(this.root, ROOT_FILE);
      if (lexists(rootFile)) this.visit(ROOT_FILE, rootFile, null, 0, []);
      this.walkUnreachable();
    } catch (err) {
      if (!(err instanceof Stop)) throw err;
      this.truncate(err.limit, err.message);
    }
    this.memo.clear();
    this.reals.clear();
    const keys = [...this.files.keys()].sort(byCodePoint);
    return { version: 1, files: keys.map((k) => this.files.get(k) as FileRecord), truncated: this.truncated };
  }

  // -- helpers --

  /** Lexical path relative to the config folder with "/", or null when outside. */
  private rel(abs: string): string | null {
    const r = path.relative(this.root, abs);
    if (r === "") return ".";
    if (r === ".." || r.startsWith(`..${path.sep}`) || path.isAbsolute(r)) return null;
    return r.split(path.sep).join("/");
  }

  private real(p: string): string {
    let r = this.reals.get(p);
    if (r === undefined) {
      r = looseRealpath(p);
      this.reals.set(p, r);
    }
    return r;
  }

  private insideReal(p: string): boolean {
    const r = path.relative(this.rootReal, this.real(p));
    return !(r === ".." || r.startsWith(`..${path.sep}`) || path.isAbsolute(r));
  }

  private truncate(limit: string, message: string): void {
    if (this.truncated === null) this.truncated = { limit, message };
  }

  private beforeFile(): void {
    const { limits } = this;
    if (performance.now() - this.startMs >= limits.max_seconds * 1000) {
      throw new Stop("max_seconds", `Stopped after ${numText(limits.max_seconds)} seconds.`);
    }
    if (this.files.size >= limits.max_files) throw new Stop("max_files", `Stopped after ${limits.max_files} files.`);
  }

  /** The file's bytes, an error for the file itself, or MISSING. */
  private read(abs: string): Buffer | FileError | typeof MISSING {
    const { limits } = this;
    const tooLarge = errorOf("too_large", null, `The file is larger than the limit of ${limits.max_file_bytes} bytes.`);
    let size: number;
    try {
      const st = statSync(abs);
      if (!this.insideReal(abs)) return errorOf("unreadable", null, "The file is a symlink to a place outside the config folder.");
      if (!st.isFile()) return errorOf("unreadable", null, "The path is not a regular file.");
      size = st.size;
    } catch (err) {
      const code = codeOf(err);
      if (code === "ELOOP") return errorOf("symlink_loop", null, "The file is a symlink loop.");
      if (code === "ENOENT" || code === "ENOTDIR" || code === "ERR_INVALID_ARG_VALUE" || code === "ERR_INVALID_ARG_TYPE") return MISSING;
      return errorOf("unreadable", null, "The file could not be read.");
    }
    if (size > limits.max_file_bytes) return tooLarge;
    if (this.totalBytes + size > limits.max_total_bytes) {
      throw new Stop("max_total_bytes", `Stopped: the files exceed ${limits.max_total_bytes} bytes in total.`);
    }
    let data: Buffer;
    try {
      data = readBounded(abs, limits.max_file_bytes + 1);
    } catch (err) {
      if (codeOf(err) === "ELOOP") return errorOf("symlink_loop", null, "The file is a symlink loop.");
      return errorOf("unreadable", null, "The file could not be read.");
    }
    if (data.length > limits.max_file_bytes) return tooLarge;
    this.totalBytes += data.length;
    return data;
  }

  // -- one file --

  /** List one file (reachable when depth is not null). False when it does not exist. */
  private visit(rel: string, abs: string, mount: Mount | null, depth: number | null, stack: readonly string[]): boolean {
    this.beforeFile();
    const data = this.read(abs);
    if (data === MISSING) return false;
    const record: FileRecord = { path: rel, reachable: depth !== null, mount, error: null, entries: [] };
    this.files.set(rel, record);
    if (!Buffer.isBuffer(data)) {
      record.error = data;
      return true;
    }
    const decoded = decodeUtf8(data);
    if (decoded === null) {
      record.error = errorOf("binary", null, "The file is not UTF-8 text.");
      return true;
    }
    const { text, exact } = decoded;
    const parsed = parseText(text, {
      inSecretsFile: path.posix.basename(rel) === SECRETS_FILE,
      limits: this.limits,
      entriesLeft: this.limits.max_total_entries - this.totalEntries,
      deadline: this.startMs + this.limits.max_seconds * 1000,
      memo: this.memo,
    });
    record.entries = parsed.entries;
    // Home Assistant refuses a file that is not UTF-8: that is its error, whatever the
    // lossy parse met; its entries still show the credentials written in it.
    record.error = exact ? parsed.error : errorOf("binary", null, "The file is not UTF-8 text.");
    this.totalEntries += parsed.entries.length;
    if (parsed.totalHit) throw new Stop("max_entries", `Stopped after ${this.limits.max_total_entries} keys in total.`);
    if (parsed.error?.message === TIME_LIMIT_FILE) throw new Stop("max_seconds", `Stopped after ${numText(this.limits.max_seconds)} seconds.`);
    if (depth !== null) {
      const real = this.real(abs);
      for (const inc of parsed.includes) {
        this.follow(record, abs, inc, [...(mount ?? []), ...inc.path], depth + 1, [...stack, real]);
      }
    }
    return true;
  }

  // -- includes --

  private static setError(record: FileRecord, kind: FileError["kind"], line: number, message: string): void {
    if (record.error === null) record.error = errorOf(kind, line, message);
  }

  private follow(record: FileRecord, includer: string, inc: IncludeRef, mount: Mount, depth: number, stack: readonly string[]): void {
    // os.path.join: an absolute argument replaces the base (path.resolve does the same).
    const target = path.resolve(path.dirname(includer), inc.arg);
    const rel = this.rel(target);
    if (rel === null) {
      OutlineBuilder.setError(record, "missing_include", inc.line, "The included path is outside the config folder.");
      return;
    }
    if (inc.tag === "!include") {
      this.includeFile(record, inc.line, target, rel, mount, depth, stack);
      return;
    }
    if (!isDir(target)) {
      OutlineBuilder.setError(record, "missing_include", inc.line, "The included directory does not exist.");
      return;
    }
    if (!this.insideReal(target)) {
      OutlineBuilder.setError(record, "missing_include", inc.line, "The included path is outside the config folder.");
      return;
    }
    const found = this.dirYamlFiles(target);
    for (let index = 0; index < found.length; index++) {
      const [fileAbs, fileRel] = found[index] as [string, string];
      let fileMount: Mount;
      if (inc.tag === "!include_dir_list") fileMount = [...mount, index];
      else if (inc.tag === "!include_dir_named") fileMount = [...mount, splitextBase(fileAbs)];
      else fileMount = [...mount];
      this.includeFile(record, inc.line, fileAbs, fileRel, fileMount, depth, stack);
    }
  }

  private includeFile(record: FileRecord, line: number, target: string, rel: string, mount: Mount, depth: number, stack: readonly string[]): void {
    if (stack.includes(this.real(target))) {
      OutlineBuilder.setError(record, "include_cycle", line, `Including ${rel} here creates an include cycle.`);
      return;
    }
    if (this.files.has(rel)) return;
    if (depth > this.limits.max_depth) {
      OutlineBuilder.setError(record, "limit_reached", line, `This include exceeds the include depth limit of ${this.limits.max_depth}.`);
      this.truncate("max_depth", `Includes nest deeper than ${this.limits.max_depth} levels.`);
      return;
    }
    if (isDir(target)) {
      OutlineBuilder.setError(record, "missing_include", line, "The included path is a folder, not a file.");
      return;
    }
    if (!this.visit(rel, target, mount, depth, stack)) {
      OutlineBuilder.setError(record, "missing_include", line, "The included file does not exist.");
    }
  }

  /**
   * Home Assistant's _find_files(top, "*.yaml") minus secrets.yaml, in a fixed order:
   * pre-order, a folder's files (sorted) before its sub-folders (sorted); hidden names
   * skipped; symlinked folders not entered.
   */
  private dirYamlFiles(top: string): [string, string][] {
    const found: [string, string][] = [];
    const pending = [top];
    while (pending.length > 0) {
      const folder = pending.pop() as string;
      const items = scan(folder);
      if (items === null) continue;
      const subdirs: string[] = [];
      for (const item of items) {
        if (item.name.startsWith(".")) continue;
        if (item.isDir) {
          if (!item.isSymlink) subdirs.push(item.full);
          continue;
        }
        if (item.name.endsWith(".yaml") && item.name !== SECRETS_FILE) {
          const abs = path.normalize(item.full);
          const rel = this.rel(abs);
          if (rel !== null) found.push([abs, rel]);
        }
      }
      pending.push(...subdirs.reverse());
    }
    return found;
  }

  // -- the whole folder --

  private walkUnreachable(): void {
    const pending = [this.root];
    while (pending.length > 0) {
      const folder = pending.pop() as string;
      const items = scan(folder);
      if (items === null) continue;
      const subdirs: string[] = [];
      for (const item of items) {
        if (item.name.startsWith(".")) continue;
        if (item.isDir) {
          if (!item.isSymlink && !SKIP_DIRS.has(item.name)) subdirs.push(item.full);
          continue;
        }
        if (!item.name.endsWith(".yaml") && !item.name.endsWith(".yml")) continue;
        const abs = path.normalize(item.full);
        const rel = this.rel(abs);
        if (rel === null || this.files.has(rel)) continue;
        this.visit(rel, abs, null, null, []);
      }
      pending.push(...subdirs.reverse());
    }
  }
}

/** os.path.splitext(basename)[0] for the non-hidden *.yaml names listed here. */
function splitextBase(p: string): string {
  const base = path.basename(p);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

function lexists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** At most `max` bytes of the file (a file may grow between stat and read). */
function readBounded(abs: string, max: number): Buffer {
  const fd = openSync(abs, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < max) {
      const buf = Buffer.allocUnsafe(Math.min(max - total, 1 << 16));
      const bytesRead = readSync(fd, buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

const DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** Each invalid sequence becomes U+FFFD, as Python's `decode("utf-8", errors="replace")` does. */
const LOSSY_DECODER = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/**
 * The text of a file: strict UTF-8 (Python's `decode("utf-8")`, exact), else decoded
 * lossily (not exact: a Latin-1 byte must not hide a password); null for a NUL byte (binary).
 */
function decodeUtf8(data: Buffer): { text: string; exact: boolean } | null {
  if (data.includes(0)) return null;
  try {
    return { text: DECODER.decode(data), exact: true };
  } catch {
    return { text: LOSSY_DECODER.decode(data), exact: false };
  }
}
