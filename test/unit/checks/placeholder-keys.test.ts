/**
 * The backend refuses a sync whose placeholders use a key the catalog does not declare for
 * that check, so a check that emits an undeclared key would make every sync fail. The
 * checks build their placeholders as object literals; this reads every literal in
 * src/checks and holds its keys against PLACEHOLDER_KEYS.
 */
import { readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../../src/checks/catalog.js";
import { PLACEHOLDER_KEYS, placeholderKeys } from "../../../src/checks/placeholder-keys.js";

const CHECKS_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../src/checks");
const IDS = new Set(CATALOG.map((c) => c.id));
// The backend's key pattern (sync.py) and bound (const.py MAX_PLACEHOLDERS).
const KEY_RE = /^[a-z_][a-z0-9_]{0,31}$/;
const MAX_PLACEHOLDERS = 8;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

/** Keys of every `placeholders: { … }` literal in `source`; throws on a form it cannot read. */
export function placeholderLiteralKeys(source: string, where: string): string[][] {
  const found: string[][] = [];
  for (const m of source.matchAll(/\bplaceholders\s*:/g)) {
    let i = m.index + m[0].length;
    while (/\s/.test(source[i] ?? "")) i++;
    if (source[i] !== "{") throw new Error(`${where}: placeholders must be an object literal`);
    let depth = 0;
    let end = i;
    for (; end < source.length; end++) {
      if (source[end] === "{") depth++;
      else if (source[end] === "}" && --depth === 0) break;
    }
    const body = source.slice(i + 1, end);
    // Top-level members only: drop nested brackets and strings before splitting on commas.
    const flat = body.replace(/`[^`]*`|"[^"]*"|'[^']*'/g, '""').replace(/\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g, "0");
    const keys = flat
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .map((part) => {
        if (part.startsWith("...")) throw new Error(`${where}: placeholders must list their keys, not spread them`);
        const key = /^([A-Za-z_$][\w$]*)\s*(?::|$)/.exec(part)?.[1];
        if (key === undefined) throw new Error(`${where}: cannot read a placeholder key in "${part}"`);
        return key;
      });
    found.push(keys);
  }
  return found;
}

/** The check ids a file's placeholders belong to: its own id, or the checks that import a helper. */
function ownersOf(file: string, files: readonly string[]): string[] {
  const name = basename(file, ".ts");
  if (IDS.has(name)) return [name];
  const importer = new RegExp(`from\\s+"\\./${name}\\.js"`);
  return files
    .filter((f) => dirname(f) === dirname(file) && IDS.has(basename(f, ".ts")) && importer.test(readFileSync(f, "utf8")))
    .map((f) => basename(f, ".ts"));
}

describe("placeholder keys declared in the catalog", () => {
  const files = tsFiles(CHECKS_DIR);

  it("cover every key a check's source puts in its placeholders", () => {
    let literals = 0;
    for (const file of files) {
      const where = file.slice(CHECKS_DIR.length + 1);
      const keySets = placeholderLiteralKeys(readFileSync(file, "utf8"), where);
      if (keySets.length === 0) continue;
      const owners = ownersOf(file, files);
      expect(owners, `${where} emits placeholders but no check file imports it`).not.toEqual([]);
      for (const keys of keySets) {
        literals++;
        for (const owner of owners) {
          for (const key of keys) expect(placeholderKeys(owner), `${where}: ${owner} emits undeclared "${key}"`).toContain(key);
        }
      }
    }
    // The scan found the literals at all (a rename of the field would otherwise pass silently).
    expect(literals).toBeGreaterThanOrEqual(25);
  });

  it("names only catalog checks, with keys the backend accepts", () => {
    for (const [id, keys] of Object.entries(PLACEHOLDER_KEYS)) {
      expect(IDS.has(id), id).toBe(true);
      expect(keys.length, id).toBeLessThanOrEqual(MAX_PLACEHOLDERS);
      expect(new Set(keys).size, id).toBe(keys.length);
      for (const key of keys) expect(key, id).toMatch(KEY_RE);
    }
  });

  it("reads the literal forms the checks use and refuses forms it cannot check", () => {
    expect(placeholderLiteralKeys(`fail(e, { placeholders: { count: String(n.length), addon: bad[0]?.slug ?? "" } })`, "x")).toEqual([
      ["count", "addon"],
    ]);
    expect(placeholderLiteralKeys(`{ placeholders: { reasons: reasons.join(", "), days } }`, "x")).toEqual([["reasons", "days"]]);
    expect(() => placeholderLiteralKeys(`{ placeholders: extra }`, "x")).toThrow(/object literal/);
    expect(() => placeholderLiteralKeys(`{ placeholders: { ...extra } }`, "x")).toThrow(/spread/);
  });
});
