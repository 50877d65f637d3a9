/**
 * Which outline entries the checks read: the declaration the backend and lint-config filter
 * the outline with, so only what a judge reads leaves the server (docs/architecture.md,
 * "Outline on the wire"). Generated into the integration as `outline/relevance.json` by
 * scripts/gen-catalog.ts; Python only applies it (outline/relevance.py).
 *
 * Every rule keeps a superset of what some check reads (derived from the queries in
 * src/checks/**); test/unit/checks/outline-relevance.test.ts evaluates every check on the
 * full and the relevant outline of the harness configs, the shared vectors and adversarial
 * configs and fails on any difference in verdicts or evidence. `relevantOutline` is the
 * reference filter those tests compare with Python's.
 *
 * File records (path, reachability, mount, error) are always kept whole: the errors and the
 * mounts decide blind spots (`incompleteAt`) and `config-outline-errors` counts files.
 */
import type { Outline, OutlineEntry, OutlineFile, StringFeatures } from "../facts/types.js";
import type { Path } from "./outline-query.js";

export interface OutlineRelevance {
  readonly version: 1;
  /**
   * Config paths (mount + path, `homeassistant.packages.<name>` removed) whose entries, at the
   * path or below, are read: http-settings (`http.*`), providers, auth-mfa-module-available,
   * external-url, config-allowlist-external-dirs, secrets-location-published.
   */
  readonly prefixes: readonly Path[];
  /**
   * An entry whose last key, lower-cased, contains one of these words: a superset of every
   * credential key name (credential-keys.ts) for secrets-plaintext-credential and
   * secrets-www-sensitive.
   */
  readonly keyWords: readonly string[];
  /** An entry whose last key is one of these (webhook-trigger siblings for net-webhook-guessable). */
  readonly keys: readonly string[];
  /** An entry whose last key is one of `keys` and whose value is `value` (webhook triggers). */
  readonly keyValues: readonly { readonly keys: readonly string[]; readonly value: string }[];
  /** An entry whose features have one of these set (auth_prefix: not null): the secrets-* shape checks. */
  readonly features: readonly ("url_credentials" | "url_credential_query" | "auth_prefix" | "command_credentials")[];
  /**
   * Files whose entries are all kept: reachable files with an error (their include blind
   * spots read the file's include, list and top-level entries), and files not reached from
   * configuration.yaml whose base name, lower-cased, contains one of `unreachableNameWords`
   * except the `exceptNames` (stand-in secrets files, judged by their number of literals).
   */
  readonly wholeFiles: {
    readonly reachableWithError: true;
    readonly unreachableNameWords: readonly string[];
    readonly exceptNames: readonly string[];
  };
}

export const OUTLINE_RELEVANCE: OutlineRelevance = {
  version: 1,
  prefixes: [
    ["http"],
    ["homeassistant", "auth_providers"],
    ["homeassistant", "auth_mfa_modules"],
    ["homeassistant", "external_url"],
    ["homeassistant", "allowlist_external_dirs"],
    ["homeassistant", "latitude"],
    ["homeassistant", "longitude"],
  ],
  keyWords: ["pass", "pwd", "psk", "pin", "token", "secret", "key", "auth", "code"],
  keys: ["webhook_id", "local_only"],
  keyValues: [{ keys: ["platform", "trigger"], value: "webhook" }],
  features: ["url_credentials", "url_credential_query", "auth_prefix", "command_credentials"],
  wholeFiles: { reachableWithError: true, unreachableNameWords: ["secret"], exceptNames: ["secrets.yaml"] },
};

/** The declaration as the integration stores it (outline/relevance.json). */
export function relevanceJson(relevance: OutlineRelevance = OUTLINE_RELEVANCE): string {
  return `${JSON.stringify(relevance, null, 2)}\n`;
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => seg === path[i]);
}

function configPathOf(file: OutlineFile, entry: OutlineEntry): Path {
  const p = file.mount ? [...file.mount, ...entry.path] : entry.path;
  return p.length >= 3 && p[0] === "homeassistant" && p[1] === "packages" ? p.slice(3) : p;
}

function hasFeature(f: StringFeatures | undefined, names: OutlineRelevance["features"]): boolean {
  if (f === undefined) return false;
  return names.some((n) => (n === "auth_prefix" ? f.auth_prefix !== null : f[n]));
}

/** Whether every entry of `file` is kept. */
export function keepsWholeFile(file: OutlineFile, r: OutlineRelevance = OUTLINE_RELEVANCE): boolean {
  if (r.wholeFiles.reachableWithError && file.reachable && file.error !== null) return true;
  if (file.reachable) return false;
  const base = file.path.slice(file.path.lastIndexOf("/") + 1);
  if (r.wholeFiles.exceptNames.includes(base)) return false;
  const lower = base.toLowerCase();
  return r.wholeFiles.unreachableNameWords.some((w) => lower.includes(w));
}

/** Whether the declaration keeps `entry` of `file`. */
export function isRelevantEntry(file: OutlineFile, entry: OutlineEntry, r: OutlineRelevance = OUTLINE_RELEVANCE): boolean {
  if (hasFeature(entry.features, r.features)) return true;
  const last = entry.path[entry.path.length - 1];
  if (typeof last === "string") {
    const lower = last.toLowerCase();
    if (r.keyWords.some((w) => lower.includes(w))) return true;
    if (r.keys.includes(last)) return true;
    if (r.keyValues.some((kv) => kv.keys.includes(last) && entry.value === kv.value)) return true;
  }
  const path = configPathOf(file, entry);
  return r.prefixes.some((p) => startsWith(path, p));
}

/** The relevant outline: every file record, only the entries the declaration keeps (order kept). */
export function relevantOutline(outline: Outline, r: OutlineRelevance = OUTLINE_RELEVANCE): Outline {
  return {
    ...outline,
    files: outline.files.map((file) =>
      keepsWholeFile(file, r) ? file : { ...file, entries: file.entries.filter((e) => isRelevantEntry(file, e, r)) },
    ),
  };
}
