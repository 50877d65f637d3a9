/**
 * The outline as the integration sends it (custom_components/security_scorecard/outline/
 * relevance.py; docs/architecture.md "Outline on the wire"), decoded into `Outline`.
 *
 * Per file: `keys` (the file's key names), `nodes` (flat pairs parent, seg: node i is pair i,
 * parent -1 the document; seg >= 0 is keys[seg], < 0 the list index -seg-1) and `entries`
 * ([node, line, tag, type, value?, item_lines?, features?], trailing absent fields left out,
 * an absent one before a present one null). A file written with entry objects (contract 1,
 * `lint-config --compact`, recorded fixtures) is read as it is. Every field is checked: a
 * failure names the field (`files[3].entries[120][1]`), never a value.
 */
import type { Outline, OutlineEntry, OutlineFile, OutlineScalarType, OutlineTag, StringFeatures } from "../facts/types.js";
import { entryProblem } from "../lint/outline-struct.js";
import type { Parsed } from "./validate.js";

/** Index order of `tag` and `type` on the wire (relevance.py TAGS, TYPES). */
export const WIRE_TAGS: readonly (OutlineTag | null)[] = [null, "!secret", "!env_var", "!include", "!include_dir_list", "!include_dir_named", "!include_dir_merge_list", "!include_dir_merge_named", "!input"];
export const WIRE_TYPES: readonly OutlineScalarType[] = ["str", "int", "float", "bool", "null", "map", "seq"];
/** Bit i of a features' flags (relevance.py FEATURE_BITS). */
export const FEATURE_BITS = ["template", "url", "url_credentials", "url_credential_query", "command_credentials", "multiline", "whitespace", "placeholder"] as const;
const ENTROPIES = ["low", "medium", "high"] as const;
const AUTH_PREFIXES = [null, "bearer", "basic"] as const;
const ERROR_KINDS: ReadonlySet<unknown> = new Set(["malformed", "binary", "too_large", "unreadable", "include_cycle", "missing_include", "symlink_loop", "limit_reached"]);

/** Which entries the outline carries: all of them, or only those the checks read. */
export type OutlineForm = "full" | "relevant";

class WireError extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function need(ok: boolean, field: string): asserts ok {
  if (!ok) throw new WireError(field);
}

function decodePath(v: unknown, field: string): (string | number)[] {
  need(Array.isArray(v) && v.every((s) => typeof s === "string" || isInt(s)), field);
  return v as (string | number)[];
}

function decodeError(v: unknown, field: string): OutlineFile["error"] {
  if (v === null) return null;
  need(isObject(v) && ERROR_KINDS.has(v.kind) && (v.line === null || isInt(v.line)) && typeof v.message === "string", field);
  return { kind: v.kind as NonNullable<OutlineFile["error"]>["kind"], line: v.line as number | null, message: v.message as string };
}

function decodeFeatures(v: unknown, field: string): StringFeatures {
  need(Array.isArray(v) && v.length === 4 && isInt(v[0]) && v[0] >= 0 && isInt(v[1]) && v[1] >= 0 && v[1] < 1 << FEATURE_BITS.length, field);
  const [length, bits, entropy, auth] = v as [number, number, unknown, unknown];
  need(isInt(entropy) && entropy >= 0 && entropy < ENTROPIES.length, `${field}[2]`);
  need(isInt(auth) && auth >= 0 && auth < AUTH_PREFIXES.length, `${field}[3]`);
  const flag = (name: (typeof FEATURE_BITS)[number]): boolean => (bits & (1 << FEATURE_BITS.indexOf(name))) !== 0;
  const features: StringFeatures = {
    length,
    template: flag("template"),
    url: flag("url"),
    url_credentials: flag("url_credentials"),
    url_credential_query: flag("url_credential_query"),
    auth_prefix: AUTH_PREFIXES[auth] as StringFeatures["auth_prefix"],
    command_credentials: flag("command_credentials"),
    entropy: ENTROPIES[entropy] as StringFeatures["entropy"],
    multiline: flag("multiline"),
    whitespace: flag("whitespace"),
  };
  return flag("placeholder") ? { ...features, placeholder: true } : features;
}

/** The key path of every node, built once per file (a node's parent always comes before it). */
function decodeNodes(keys: unknown, nodes: unknown, field: string): (readonly (string | number)[])[] {
  need(Array.isArray(keys) && keys.every((k) => typeof k === "string"), `${field}.keys`);
  need(Array.isArray(nodes) && nodes.length % 2 === 0, `${field}.nodes`);
  const paths: (readonly (string | number)[])[] = [];
  for (let i = 0; i < nodes.length; i += 2) {
    const parent: unknown = nodes[i];
    const seg: unknown = nodes[i + 1];
    need(isInt(parent) && parent >= -1 && parent < i / 2, `${field}.nodes[${i}]`);
    need(isInt(seg) && seg < keys.length, `${field}.nodes[${i + 1}]`);
    const part = seg >= 0 ? (keys[seg] as string) : -seg - 1;
    paths.push(parent === -1 ? [part] : [...(paths[parent] as readonly (string | number)[]), part]);
  }
  return paths;
}

function decodeValue(v: unknown, field: string): OutlineEntry["value"] {
  need(typeof v === "boolean" || typeof v === "string" || isNumber(v) || (Array.isArray(v) && v.every((s) => typeof s === "string")), field);
  return v as OutlineEntry["value"];
}

function decodeEntry(e: unknown, paths: readonly (readonly (string | number)[])[], field: string): OutlineEntry {
  need(Array.isArray(e) && e.length >= 4 && e.length <= 7, field);
  const [node, line, tag, type, value, itemLines, features] = e as unknown[];
  need(isInt(node) && node >= 0 && node < paths.length, `${field}[0]`);
  need(isInt(line) && line >= 1, `${field}[1]`);
  need(isInt(tag) && tag >= 0 && tag < WIRE_TAGS.length, `${field}[2]`);
  need(isInt(type) && type >= 0 && type < WIRE_TYPES.length, `${field}[3]`);
  let entry: OutlineEntry = { path: paths[node] as readonly (string | number)[], line, tag: WIRE_TAGS[tag] ?? null, type: WIRE_TYPES[type] as OutlineScalarType };
  if (features !== undefined && features !== null) entry = { features: decodeFeatures(features, `${field}[6]`), ...entry };
  if (itemLines !== undefined && itemLines !== null) {
    need(Array.isArray(itemLines) && itemLines.every(isInt), `${field}[5]`);
    entry = { ...entry, item_lines: itemLines as number[] };
  }
  if (value !== undefined && value !== null) entry = { ...entry, value: decodeValue(value, `${field}[4]`) };
  return entry;
}

function decodeFile(f: unknown, field: string): OutlineFile {
  need(isObject(f), field);
  need(typeof f.path === "string", `${field}.path`);
  need(typeof f.reachable === "boolean", `${field}.reachable`);
  const mount = f.mount === null ? null : decodePath(f.mount, `${field}.mount`);
  const error = decodeError(f.error, `${field}.error`);
  need(Array.isArray(f.entries), `${field}.entries`);
  let entries: OutlineEntry[];
  if (f.nodes === undefined) {
    // Entry objects (contract 1 and the canonical form).
    f.entries.forEach((e, i) => {
      const bad = entryProblem(e);
      if (bad !== null) throw new WireError([`${field}.entries[${i}]`, ...bad].join("."));
    });
    entries = f.entries as OutlineEntry[];
  } else {
    const paths = decodeNodes(f.keys, f.nodes, field);
    entries = f.entries.map((e, i) => decodeEntry(e, paths, `${field}.entries[${i}]`));
  }
  return { path: f.path, reachable: f.reachable, mount, error, entries };
}

/** One wire file record as an `OutlineFile`, or the field that is wrong. */
export function decodeOutlineFile(value: unknown, field = "file"): Parsed<OutlineFile> {
  try {
    return { ok: true, value: decodeFile(value, field) };
  } catch (err) {
    if (err instanceof WireError) return { ok: false, field: err.field };
    throw err;
  }
}

/** The wire outline (either encoding) as an `Outline`, or the field that is wrong. */
export function decodeOutline(value: unknown): Parsed<Outline> & { readonly form?: OutlineForm } {
  try {
    need(isObject(value), "(outline)");
    need(value.version === 1, "version");
    need(value.form === undefined || value.form === "full" || value.form === "relevant", "form");
    const t = value.truncated;
    need(t === null || (isObject(t) && typeof t.limit === "string" && typeof t.message === "string"), "truncated");
    need(Array.isArray(value.files), "files");
    const files = value.files.map((f, i) => decodeFile(f, `files[${i}]`));
    const truncated = t === null ? null : { limit: (t as { limit: string }).limit, message: (t as { message: string }).message };
    return { ok: true, value: { version: 1, files, truncated }, form: (value.form as OutlineForm | undefined) ?? "full" };
  } catch (err) {
    if (err instanceof WireError) return { ok: false, field: err.field };
    throw err;
  }
}

