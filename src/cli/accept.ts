/**
 * --accept FILE: the user's decisions about findings, YAML or JSON (YAML reads both):
 *
 *   net-tls:
 *     kind: mitigated          # or risk_accepted
 *     reason: TLS is terminated by the reverse proxy
 */
import { parse } from "yaml";
import type { Override } from "../score/types.js";
import type { Closable, CliDeps } from "./deps.js";
import { CliError } from "./errors.js";

const KINDS: readonly Override["kind"][] = ["risk_accepted", "mitigated"];

export function parseOverrides(text: string, file: string, knownIds: ReadonlySet<string>): { overrides: Record<string, Override>; unknown: string[] } {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    throw new CliError(`--accept ${file}: not valid YAML or JSON`);
  }
  if (doc === null || doc === undefined) return { overrides: {}, unknown: [] };
  if (typeof doc !== "object" || Array.isArray(doc)) throw new CliError(`--accept ${file}: expected a mapping of check id to {kind, reason}`);
  const overrides: Record<string, Override> = {};
  const unknown: string[] = [];
  for (const [id, value] of Object.entries(doc as Record<string, unknown>)) {
    if (typeof value !== "object" || value === null) throw new CliError(`--accept ${file}: ${id}: expected {kind, reason}`);
    const { kind, reason } = value as { kind?: unknown; reason?: unknown };
    if (typeof kind !== "string" || !(KINDS as readonly string[]).includes(kind)) {
      throw new CliError(`--accept ${file}: ${id}: kind must be ${KINDS.join(" or ")}`);
    }
    if (typeof reason !== "string" || reason.trim() === "") throw new CliError(`--accept ${file}: ${id}: a reason is required`);
    if (!knownIds.has(id)) {
      unknown.push(id);
      continue;
    }
    overrides[id] = { kind: kind as Override["kind"], reason: reason.trim() };
  }
  return { overrides, unknown };
}

/** Reads and parses an --accept file; unknown check ids are a warning, not an error. */
export async function readOverrides<C extends Closable>(file: string, deps: CliDeps<C>, known: ReadonlySet<string>): Promise<Record<string, Override>> {
  let text: string;
  try {
    text = await deps.readFile(file);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw new CliError(`cannot read --accept ${file}${typeof code === "string" ? ` (${code})` : ""}`);
  }
  const { overrides, unknown } = parseOverrides(text, file, known);
  if (unknown.length > 0) deps.stderr.write(`warning: --accept ${file}: ignoring unknown check id${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}\n`);
  return overrides;
}
