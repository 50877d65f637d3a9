/**
 * File facts for offline mode (FilesFacts): what the backend's files_observer.py observes —
 * modes and owners, git ignore coverage, sensitive names under www/. Names and metadata
 * only; the one file read is the top `.gitignore`, and only when git itself is absent.
 */
import { execFile } from "node:child_process";
import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { FileMode, FilesFacts, GitIgnoreTarget } from "../facts/types.js";

const GIT_TIMEOUT_MS = 5_000;
const WWW_MAX_ENTRIES = 10_000;
const WWW_MAX_DEPTH = 8;
const WWW_MAX_RESULTS = 100;
const GITIGNORE_MAX_BYTES = 1_048_576;

/** FilesFacts.git.ignored target → the path probed (relative to the config folder). */
export const GIT_PROBES: Readonly<Record<GitIgnoreTarget, string>> = {
  "secrets.yaml": "secrets.yaml",
  ".storage/": ".storage/x",
  "*.db": "home-assistant_v2.db",
  "*.log": "home-assistant.log",
  ".cloud/": ".cloud/x",
  "ip_bans.yaml": "ip_bans.yaml",
};

/** Names under www/ (served without auth at /local/) that should not be there. */
const WWW_SENSITIVE_PATTERNS: readonly string[] = [
  "*.yaml", "*.yml", "*.db", "*.pem", "*.key", "*.tar", "*.tar.gz", "*.zip", ".env", "*.sqlite*", "secrets*", "*.bak",
];

/** FileMode of one path (lstat: a symlink reports itself). */
export async function fileMode(p: string): Promise<FileMode> {
  try {
    const st = await lstat(p);
    return { exists: true, mode: st.mode & 0o7777, owner_uid: st.uid };
  } catch (err) {
    if ((err as { code?: unknown }).code === "ENOENT") return { exists: false, mode: null, owner_uid: null };
    return { exists: true, mode: null, owner_uid: null };
  }
}

async function lexists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** True/false from `git check-ignore -q --no-index PROBE`; null when git failed or is absent. */
function gitCheckIgnore(configDir: string, probe: string): Promise<boolean | null> {
  return new Promise((resolve) => {
    try {
      execFile(
        "git",
        ["check-ignore", "-q", "--no-index", probe],
        { cwd: configDir, timeout: GIT_TIMEOUT_MS, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" }, windowsHide: true },
        (err) => {
          if (!err) return resolve(true);
          const code = (err as { code?: unknown }).code;
          resolve(code === 1 ? false : null); // 128: not a repository, bad config …; ENOENT: no git
        },
      ).stdin?.end();
    } catch {
      resolve(null);
    }
  });
}

// --- the .gitignore fallback -------------------------------------------------------------
// The same subset as files_observer.py: top-level .gitignore only; comments, `\#`/`\!`,
// `!` negation (last match wins), `*`, `?`, `[...]`, `**`, trailing `/` (folders only),
// leading or inner `/` (anchored). Not: nested .gitignore, info/exclude, excludesFile.

export interface IgnoreRule {
  readonly negated: boolean;
  readonly dirOnly: boolean;
  readonly regex: RegExp;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

function patternRegex(pattern: string): string {
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    if (pattern.startsWith("**/", i)) {
      out += "(?:.*/)?";
      i += 3;
    } else if (pattern.startsWith("/**", i) && i + 3 === pattern.length) {
      out += "/.*";
      i += 3;
    } else if (pattern.startsWith("**", i)) {
      out += ".*";
      i += 2;
    } else if (pattern[i] === "*") {
      out += "[^/]*";
      i += 1;
    } else if (pattern[i] === "?") {
      out += "[^/]";
      i += 1;
    } else if (pattern[i] === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end === -1) {
        out += "\\[";
        i += 1;
      } else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        out += `[${body.replaceAll("\\", "\\\\")}]`;
        i = end + 1;
      }
    } else if (pattern[i] === "\\" && i + 1 < pattern.length) {
      out += escapeRe(pattern[i + 1] as string);
      i += 2;
    } else {
      out += escapeRe(pattern[i] as string);
      i += 1;
    }
  }
  return out;
}

export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  // Python's str.splitlines() separators (FS, GS, RS included).
  // eslint-disable-next-line no-control-regex
  for (const raw of text.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/)) {
    let line = raw.replace(/\r+$/, "");
    if (line.trim() === "" || line.startsWith("#")) continue;
    while (line.endsWith(" ") && !line.endsWith("\\ ")) line = line.slice(0, -1);
    const negated = line.startsWith("!");
    if (negated) line = line.slice(1);
    else if (line.startsWith("\\!") || line.startsWith("\\#")) line = line.slice(1);
    const dirOnly = line.endsWith("/");
    line = line.replace(/\/+$/, "");
    if (line === "") continue;
    const anchored = line.includes("/");
    line = line.replace(/^\/+/, "");
    const prefix = anchored ? "" : "(?:.*/)?";
    try {
      rules.push({ negated, dirOnly, regex: new RegExp(`^${prefix}${patternRegex(line)}$`, "s") });
    } catch {
      continue;
    }
  }
  return rules;
}

/** Is `p` (relative, "/"-separated; "dir/x" means inside a folder) ignored? A parent folder match counts. */
export function gitignoreIgnores(rules: readonly IgnoreRule[], p: string): boolean {
  const parts = p.split("/");
  let ignored = false;
  for (let depth = 1; depth <= parts.length; depth++) {
    const candidate = parts.slice(0, depth).join("/");
    const isDir = depth < parts.length;
    let state: boolean | null = null;
    for (const rule of rules) {
      if (rule.dirOnly && !isDir) continue;
      if (rule.regex.test(candidate)) state = !rule.negated;
    }
    if (state !== null) ignored = state;
    if (ignored && isDir) return true; // git never looks inside an excluded folder
  }
  return ignored;
}

async function gitFacts(configDir: string, useGit: boolean): Promise<FilesFacts["git"]> {
  if (!(await lexists(path.join(configDir, ".git")))) return null;
  const targets = Object.keys(GIT_PROBES) as GitIgnoreTarget[];
  if (useGit) {
    const results = await Promise.all(targets.map((t) => gitCheckIgnore(configDir, GIT_PROBES[t])));
    if (results.every((r) => r !== null)) {
      return { method: "git", ignored: Object.fromEntries(targets.map((t, i) => [t, results[i] as boolean])) as Record<GitIgnoreTarget, boolean> };
    }
  }
  let rules: IgnoreRule[] = [];
  try {
    const data = await readFile(path.join(configDir, ".gitignore"));
    rules = parseGitignore(data.subarray(0, GITIGNORE_MAX_BYTES).toString("utf8"));
  } catch {
    rules = [];
  }
  return {
    method: "gitignore",
    ignored: Object.fromEntries(targets.map((t) => [t, gitignoreIgnores(rules, GIT_PROBES[t])])) as Record<GitIgnoreTarget, boolean>,
  };
}

/** fnmatch.fnmatchcase for the fixed patterns above (`*` and literal characters). */
function globMatch(name: string, pattern: string): boolean {
  const re = new RegExp(`^${pattern.split("*").map(escapeRe).join(".*")}$`, "s");
  return re.test(name);
}

async function wwwSensitive(configDir: string): Promise<string[]> {
  const top = path.join(configDir, "www");
  try {
    const st = await lstat(top);
    if (!st.isDirectory()) return []; // a symlinked www/ is not walked
  } catch {
    return [];
  }
  const found: string[] = [];
  let seen = 0;
  const pending: [string, number][] = [[top, 0]];
  const done = (): string[] => found.sort();
  while (pending.length > 0) {
    const [folder, depth] = pending.pop() as [string, number];
    let items;
    try {
      items = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      continue;
    }
    const subdirs: [string, number][] = [];
    for (const item of items) {
      seen += 1;
      if (seen > WWW_MAX_ENTRIES) return done();
      const full = path.join(folder, item.name);
      if (item.isDirectory()) {
        if (depth + 1 < WWW_MAX_DEPTH) subdirs.push([full, depth + 1]);
        continue;
      }
      const lower = item.name.toLowerCase();
      if (WWW_SENSITIVE_PATTERNS.some((p) => globMatch(lower, p))) {
        found.push(path.relative(configDir, full).split(path.sep).join("/"));
        if (found.length >= WWW_MAX_RESULTS) return done();
      }
    }
    pending.push(...subdirs.reverse());
  }
  return done();
}

export interface CollectFilesOptions {
  /** Ask git (`git check-ignore`) first; false forces the .gitignore parser (tests). Default true. */
  readonly useGit?: boolean;
}

/** FilesFacts for a config folder, read from the disk. */
export async function collectFilesOffline(configDir: string, options: CollectFilesOptions = {}): Promise<FilesFacts> {
  const root = path.resolve(configDir);
  const [config_dir, secrets_yaml, storage_dir, git, www_sensitive] = await Promise.all([
    fileMode(root),
    fileMode(path.join(root, "secrets.yaml")),
    fileMode(path.join(root, ".storage")),
    gitFacts(root, options.useGit !== false),
    wwwSensitive(root),
  ]);
  return { config_dir, secrets_yaml, storage_dir, git, www_sensitive };
}
