/**
 * `scrub`: copy a config folder so it is ready to publish. secrets.yaml files become
 * templates, every term is replaced in text files and file names, private folders and
 * files are left out. Symlinks are never followed out of the source folder.
 * The summary names files and counts, never a value or a term.
 */
import { lstat, mkdir, readdir, readFile, readlink, realpath, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { secretsTemplate } from "./secrets-template.js";
import { replaceTerms, replacementOrder, type Term } from "./terms.js";

/** Never copied: Home Assistant's private state, databases, logs, caches, git data. */
const SKIP_NAMES: ReadonlySet<string> = new Set([".storage", ".git", ".cloud", "deps", "tts", "__pycache__", "ip_bans.yaml", ".ssh"]);
const SKIP_SUFFIXES: readonly RegExp[] = [/\.db$/i, /\.db-(?:shm|wal|journal)$/i, /\.log$/i, /\.log\.\d+$/i, /\.sqlite3?$/i];
const MAX_TEXT_BYTES = 16 * 1024 * 1024;

export class ScrubRefused extends Error {}

export interface ScrubSummary {
  /** Relative destination paths (after term replacement) with their replacement counts. */
  readonly changedFiles: { readonly path: string; readonly replacements: number }[];
  readonly copiedFiles: number;
  readonly binaryFiles: number;
  readonly secretsTemplates: { readonly path: string; readonly keys: number; readonly parsed: boolean }[];
  readonly skipped: { readonly path: string; readonly why: string }[];
  /** Replacements per term number (1-based), including in file names. */
  readonly termCounts: ReadonlyMap<number, number>;
}

function isInside(child: string, parent: string): boolean {
  const r = path.relative(parent, child);
  return r === "" || (!r.startsWith("..") && !path.isAbsolute(r));
}

/** realpath of the longest existing prefix, the rest appended (DEST may not exist yet). */
async function looseRealpath(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    const parent = path.dirname(p);
    return parent === p ? p : path.join(await looseRealpath(parent), path.basename(p));
  }
}

export async function checkScrubPaths(src: string, dest: string): Promise<{ srcReal: string; destAbs: string }> {
  let st;
  try {
    st = await lstat(src);
  } catch {
    throw new ScrubRefused("SRC does not exist");
  }
  if (!st.isDirectory()) throw new ScrubRefused("SRC is not a folder");
  const srcReal = await realpath(src);
  const destAbs = path.resolve(dest);
  const destReal = await looseRealpath(destAbs);
  if (isInside(destReal, srcReal)) throw new ScrubRefused("DEST is inside SRC (or the same folder); choose a folder outside it");
  if (isInside(srcReal, destReal)) throw new ScrubRefused("SRC is inside DEST; choose another DEST");
  try {
    const d = await lstat(destAbs);
    if (!d.isDirectory()) throw new ScrubRefused("DEST exists and is not a folder");
    if ((await readdir(destAbs)).length > 0) throw new ScrubRefused("DEST exists and is not empty");
  } catch (err) {
    if (err instanceof ScrubRefused) throw err;
  }
  return { srcReal, destAbs };
}

function skipReason(name: string): string | null {
  if (SKIP_NAMES.has(name)) return "private data or cache";
  if (SKIP_SUFFIXES.some((r) => r.test(name))) return "database or log";
  return null;
}

function decodeText(data: Buffer): string | null {
  if (data.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

export async function scrubFolder(src: string, dest: string, terms: readonly Term[]): Promise<ScrubSummary> {
  const { srcReal, destAbs } = await checkScrubPaths(src, dest);
  const ordered = replacementOrder(terms);
  const termCounts = new Map<number, number>();
  const summary = {
    changedFiles: [] as { path: string; replacements: number }[],
    copiedFiles: 0,
    binaryFiles: 0,
    secretsTemplates: [] as { path: string; keys: number; parsed: boolean }[],
    skipped: [] as { path: string; why: string }[],
    termCounts,
  };
  /** A relative path with terms replaced in every component (names can be personal too). */
  const scrubName = (rel: string): string => replaceTerms(rel, ordered, termCounts);

  await mkdir(destAbs, { recursive: true });
  const pending: string[] = [""];
  while (pending.length > 0) {
    const relDir = pending.pop() as string;
    const names = (await readdir(path.join(srcReal, relDir))).sort();
    const subdirs: string[] = [];
    for (const name of names) {
      const rel = relDir === "" ? name : `${relDir}/${name}`;
      const abs = path.join(srcReal, rel);
      const why = skipReason(name);
      if (why !== null) {
        summary.skipped.push({ path: scrubName(rel), why });
        continue;
      }
      const st = await lstat(abs);
      const out = path.join(destAbs, scrubName(rel));
      if (st.isSymbolicLink()) {
        await copyLink(abs, out, srcReal, rel, summary, scrubName);
        continue;
      }
      if (st.isDirectory()) {
        await mkdir(out, { recursive: true });
        subdirs.push(rel);
        continue;
      }
      if (!st.isFile()) {
        summary.skipped.push({ path: scrubName(rel), why: "not a regular file" });
        continue;
      }
      await copyFile(abs, out, rel, name, st.size, ordered, summary, scrubName);
    }
    pending.push(...subdirs.reverse());
  }
  return summary;
}

type MutableSummary = {
  changedFiles: { path: string; replacements: number }[];
  copiedFiles: number;
  binaryFiles: number;
  secretsTemplates: { path: string; keys: number; parsed: boolean }[];
  skipped: { path: string; why: string }[];
  termCounts: Map<number, number>;
};

async function copyFile(
  abs: string,
  out: string,
  rel: string,
  name: string,
  size: number,
  ordered: readonly Term[],
  summary: MutableSummary,
  scrubName: (rel: string) => string,
): Promise<void> {
  const shown = scrubName(rel);
  if (name === "secrets.yaml") {
    const tpl = secretsTemplate(size <= MAX_TEXT_BYTES ? (await readFile(abs)).toString("utf8") : "");
    await writeFile(out, tpl.text, { mode: 0o600 });
    summary.secretsTemplates.push({ path: shown, keys: tpl.keys, parsed: tpl.parsed });
    summary.copiedFiles += 1;
    return;
  }
  if (size > MAX_TEXT_BYTES) {
    summary.skipped.push({ path: shown, why: "larger than 16 MiB" });
    return;
  }
  const data = await readFile(abs);
  const text = decodeText(data);
  if (text === null) {
    // Not text: copied as is; terms inside binary files (images, archives) are not replaced.
    await writeFile(out, data);
    summary.binaryFiles += 1;
    summary.copiedFiles += 1;
    return;
  }
  const counts = new Map<number, number>();
  const replaced = replaceTerms(text, ordered, counts);
  let n = 0;
  for (const [index, c] of counts) {
    n += c;
    summary.termCounts.set(index, (summary.termCounts.get(index) ?? 0) + c);
  }
  await writeFile(out, replaced);
  summary.copiedFiles += 1;
  if (n > 0) summary.changedFiles.push({ path: shown, replacements: n });
}

/** A symlink is recreated only when it is relative and stays inside SRC; it is never followed. */
async function copyLink(abs: string, out: string, srcReal: string, rel: string, summary: MutableSummary, scrubName: (rel: string) => string): Promise<void> {
  const shown = scrubName(rel);
  let target: string;
  try {
    target = await readlink(abs);
  } catch {
    summary.skipped.push({ path: shown, why: "unreadable symlink" });
    return;
  }
  const resolved = await looseRealpath(path.resolve(path.dirname(abs), target));
  if (path.isAbsolute(target) || !isInside(resolved, srcReal)) {
    summary.skipped.push({ path: shown, why: "symlink to a place outside SRC" });
    return;
  }
  const scrubbedTarget = scrubName(target);
  await symlink(scrubbedTarget, out);
  summary.copiedFiles += 1;
}
