/**
 * Whole-outline walks for the secrets checks: every entry of every file (reachable or not),
 * unlike outline-query's pattern lookups, which answer "what is at this key path".
 *
 * Both walks come from memoised, per-outline arrays (outline-query's `outlineIndex`), so
 * the several secrets checks over one outline share a single pass and build no paths.
 */
import type { Outline, OutlineEntry, OutlineFile, StringFeatures } from "../../facts/types.js";
import { perValue } from "../memo.js";
import type { Message } from "../../i18n/message.js";
import { fileUnreadReason, formatPath as queryFormatPath, outlineIndex, truncatedReason } from "../outline-query.js";
import { type EvidenceKey, andMore, ev, msg, notAssessed, pass } from "../result.js";
import type { CheckResult, Evidence } from "../types.js";

export interface Located {
  readonly file: OutlineFile;
  readonly entry: OutlineEntry;
  /** Where the entry sits in the configuration tree: mount + path, package prefix removed. */
  readonly path: readonly (string | number)[];
}

/** A located untagged string entry that carries value-shape features. */
export type LiteralString = Located & { readonly entry: OutlineEntry & { readonly features: StringFeatures } };

function isLiteralString(loc: Located): loc is LiteralString {
  const { entry } = loc;
  return entry.tag === null && entry.type === "str" && entry.features !== undefined && !isSecretsFile(loc.file);
}

/** `sensor[0].password`: keys joined by dots, list indexes in brackets. */
export function formatPath(path: readonly (string | number)[]): string {
  return queryFormatPath(path) || "(document)";
}

/** `secrets.yaml` files hold the secrets on purpose (Home Assistant's and ESPHome's). */
export function isSecretsFile(file: OutlineFile): boolean {
  return file.path === "secrets.yaml" || file.path.endsWith("/secrets.yaml");
}

/**
 * A secrets file kept under another name (`home_secrets.yaml`, `secrets.example.yaml`) that
 * configuration.yaml does not reach: a stand-in or a copy of secrets.yaml, judged as a file.
 */
export function isStandInSecretsFile(file: OutlineFile): boolean {
  if (file.reachable || isSecretsFile(file)) return false;
  const base = file.path.slice(file.path.lastIndexOf("/") + 1).toLowerCase();
  return base.includes("secret") && !file.path.startsWith("www/");
}

/** Every entry of every file (reachable or not), with its effective path, in file order. Shared: read-only. */
export function entries(outline: Outline): readonly Located[] {
  return outlineIndex(outline).all;
}

// The items are the index's own objects: no copy per entry.
const buildLiteralStrings = (outline: Outline): readonly LiteralString[] => outlineIndex(outline).all.filter(isLiteralString);

/** Untagged string entries with features, outside secrets.yaml files, in file order. Memoised per outline; read-only. */
export const literalStrings: (outline: Outline) => readonly LiteralString[] = perValue(buildLiteralStrings);

/**
 * `literalStrings(outline).filter((l) => test(l.entry.features))`, memoised per outline:
 * what a feature check finds is a pure function of the outline.
 */
export function literalsWhere(test: (features: StringFeatures) => boolean): (outline: Outline) => readonly LiteralString[] {
  return perValue((outline: Outline) => literalStrings(outline).filter((l) => test(l.entry.features)));
}

/**
 * Why part of the YAML may be unread, for a check that looks at every file: the walk stopped
 * at a limit, or a file was too large or hit a per-file limit; null when everything was read.
 */
export function unreadPart(outline: Outline): Message | null {
  if (outline.truncated) return truncatedReason(outline.truncated);
  const cut = outline.files.find((f) => f.error?.kind === "too_large" || f.error?.kind === "limit_reached");
  return cut?.error ? fileUnreadReason(cut.path, cut.error.kind) : null;
}

/** A pass, unless part of the YAML was unread: then "not assessed" (a pass on a partial config would be a guess). */
export function passIfWhole(outline: Outline, ...evidence: Evidence[]): CheckResult {
  const unread = unreadPart(outline);
  return unread === null ? pass(...evidence) : notAssessed(unread);
}

/** Evidence naming the place: "automations.yaml:12 sensor[0].password <what>"; `what` is a key whose message takes {path}. */
export function placeEvidence(loc: Located, what: EvidenceKey): Evidence {
  const path = formatPath(loc.path);
  if (loc.file.reachable) return ev(what, { path }, loc.file.path, loc.entry.line);
  return ev("common.not_included", { finding: msg(what, { path }) }, loc.file.path, loc.entry.line);
}

/** Cap long evidence lists: the first `max`, then one line saying how many more. */
export function capped(items: readonly Evidence[], max = 20): Evidence[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), andMore(items.length - max)];
}

/**
 * `capped(found.map((loc) => placeEvidence(loc, what(loc))), max)`, building the text of
 * only the lines that are shown: a large outline may have hundreds of findings.
 */
export function cappedPlaces<T extends Located>(found: readonly T[], what: (loc: T) => EvidenceKey, max = 20): Evidence[] {
  const shown: Evidence[] = [];
  const n = Math.min(found.length, max);
  for (let i = 0; i < n; i++) {
    const loc = found[i] as T;
    shown.push(placeEvidence(loc, what(loc)));
  }
  if (found.length > max) shown.push(andMore(found.length - max));
  return shown;
}
