/**
 * Whole-outline walks for the secrets checks: every entry of every file (reachable or not),
 * unlike outline-query's pattern lookups, which answer "what is at this key path".
 */
import type { Outline, OutlineEntry, OutlineFile, StringFeatures } from "../../facts/types.js";
import { configPath, formatPath as queryFormatPath } from "../outline-query.js";
import { ev } from "../result.js";
import type { Evidence } from "../types.js";

export interface Located {
  readonly file: OutlineFile;
  readonly entry: OutlineEntry;
  /** Where the entry sits in the configuration tree: mount + path, package prefix removed. */
  readonly path: readonly (string | number)[];
}

/** `sensor[0].password`: keys joined by dots, list indexes in brackets. */
export function formatPath(path: readonly (string | number)[]): string {
  return queryFormatPath(path) || "(document)";
}

/** `secrets.yaml` files hold the secrets on purpose (Home Assistant's and ESPHome's). */
export function isSecretsFile(file: OutlineFile): boolean {
  return file.path === "secrets.yaml" || file.path.endsWith("/secrets.yaml");
}

/** Every entry of every file (reachable or not), with its effective path. */
export function* entries(outline: Outline): Generator<Located> {
  for (const file of outline.files) {
    for (const entry of file.entries) yield { file, entry, path: configPath(file, entry) };
  }
}

/** Untagged string entries with features, outside secrets.yaml files. */
export function* literalStrings(outline: Outline): Generator<Located & { readonly features: StringFeatures }> {
  for (const loc of entries(outline)) {
    if (isSecretsFile(loc.file)) continue;
    const { entry } = loc;
    if (entry.tag !== null || entry.type !== "str" || entry.features === undefined) continue;
    yield { ...loc, features: entry.features };
  }
}

/** Evidence naming the place: "automations.yaml:12 sensor[0].password — <what>". */
export function placeEvidence(loc: Located, what: string): Evidence {
  const unreachable = loc.file.reachable ? "" : " (file not included by configuration.yaml)";
  return ev(`${loc.file.path}:${loc.entry.line} ${formatPath(loc.path)} ${what}${unreachable}`, loc.file.path, loc.entry.line);
}

/** Cap long evidence lists: the first `max`, then one line saying how many more. */
export function capped(items: readonly Evidence[], max = 20): Evidence[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), ev(`… and ${items.length - max} more`)];
}
