/**
 * The shape of the outline the Python builder prints, checked at the boundary. The same
 * shape as the backend's outline (src/collect/sources/server.ts OutlineStruct), with one
 * difference: a file's entries — hundreds of thousands in a big config — are checked by a
 * plain loop inside one superstruct `define` (superstruct's per-element machinery took
 * seconds there). A failure still names the field (`files[3].entries[120].line`), never
 * the value.
 */
import { array, boolean, define, enums, literal, nullable, number, string, type, union } from "superstruct";
import type { OutlineEntry } from "../facts/types.js";

const TAGS: ReadonlySet<unknown> = new Set(["!secret", "!env_var", "!include", "!include_dir_list", "!include_dir_named", "!include_dir_merge_list", "!include_dir_merge_named", "!input"]);
const TYPES: ReadonlySet<unknown> = new Set(["str", "int", "float", "bool", "null", "map", "seq"]);
const ENTROPY: ReadonlySet<unknown> = new Set(["low", "medium", "high"]);
const FEATURE_BOOLEANS = ["template", "url", "url_credentials", "url_credential_query", "command_credentials", "multiline", "whitespace"] as const;

type Problem = readonly (string | number)[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function pathProblem(path: unknown): boolean {
  if (!Array.isArray(path)) return true;
  for (const part of path) if (typeof part !== "string" && !isNumber(part)) return true;
  return false;
}

function featuresProblem(f: unknown): string | null {
  if (!isObject(f)) return "";
  if (!isNumber(f.length)) return "length";
  for (const key of FEATURE_BOOLEANS) if (typeof f[key] !== "boolean") return key;
  if (f.auth_prefix !== null && f.auth_prefix !== "bearer" && f.auth_prefix !== "basic") return "auth_prefix";
  if (!ENTROPY.has(f.entropy)) return "entropy";
  if (f.placeholder !== undefined && f.placeholder !== true) return "placeholder";
  return null;
}

function valueProblem(v: unknown): boolean {
  if (v === undefined || typeof v === "boolean" || typeof v === "string" || isNumber(v)) return false;
  return !Array.isArray(v) || v.some((item) => typeof item !== "string");
}

/** The first field of an entry with an unexpected shape, relative to the entry; null when it fits. */
export function entryProblem(e: unknown): Problem | null {
  if (!isObject(e)) return [];
  if (pathProblem(e.path)) return ["path"];
  if (!isNumber(e.line)) return ["line"];
  if (e.tag !== null && !TAGS.has(e.tag)) return ["tag"];
  if (!TYPES.has(e.type)) return ["type"];
  if (valueProblem(e.value)) return ["value"];
  if (e.item_lines !== undefined && (!Array.isArray(e.item_lines) || !e.item_lines.every(isNumber))) return ["item_lines"];
  if (e.features !== undefined) {
    const bad = featuresProblem(e.features);
    if (bad !== null) return bad === "" ? ["features"] : ["features", bad];
  }
  return null;
}

const EntriesStruct = define<OutlineEntry[]>("OutlineEntries", (value, context) => {
  if (!Array.isArray(value)) return "expected an array";
  for (let i = 0; i < value.length; i++) {
    const bad = entryProblem(value[i]);
    if (bad !== null) return { path: [...context.path, i, ...bad], message: "unexpected shape" };
  }
  return true;
});

const PathStruct = array(union([string(), number()]));

export const BuiltOutlineStruct = type({
  version: literal(1),
  files: array(
    type({
      path: string(),
      reachable: boolean(),
      mount: nullable(PathStruct),
      error: nullable(
        type({
          kind: enums(["malformed", "binary", "too_large", "unreadable", "include_cycle", "missing_include", "symlink_loop", "limit_reached"]),
          line: nullable(number()),
          message: string(),
        }),
      ),
      entries: EntriesStruct,
    }),
  ),
  truncated: nullable(type({ limit: string(), message: string() })),
});
