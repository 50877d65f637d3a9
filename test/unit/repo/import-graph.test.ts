/**
 * The TypeScript import graph of src/ and card/ has no circle (test/python/test_import_graph.py
 * does the same for the integration), and no module grows past 600 lines without saying why.
 * Type-only imports are left out: they vanish at build time. Dynamic `import()` is left out
 * too: it is how the card loads its chunks on demand.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const FILES = [...tsFiles(join(ROOT, "src")), ...tsFiles(join(ROOT, "card"))];

/** Relative runtime imports (`import … from "./x.js"`, `export … from`), resolved to .ts files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+["'](\.[^"']+)["']/gms)) {
    if (m[2] !== undefined) continue; // import type / export type
    const names = m[3] ?? "";
    // `import { type A, type B } from` is type-only too.
    if (/^\{[^}]*\}$/.test(names.trim()) && names.replace(/[{}\s]/g, "").split(",").filter(Boolean).every((n) => n.startsWith("type"))) continue;
    out.push(resolve(dirname(file), (m[4] ?? "").replace(/\.js$/, ".ts")));
  }
  for (const m of text.matchAll(/^\s*import\s+["'](\.[^"']+)["'];/gm)) out.push(resolve(dirname(file), (m[1] ?? "").replace(/\.js$/, ".ts")));
  return out.filter((p) => p.endsWith(".ts"));
}

function cycles(): string[][] {
  const graph = new Map(FILES.map((f) => [f, importsOf(f)]));
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(ROOT, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const f of FILES) if (!state.has(f)) visit(f);
  return found;
}

describe("the TypeScript sources", () => {
  it("import each other without a circle", () => {
    expect(cycles()).toEqual([]);
  });

  it("are found (the walk is not vacuous)", () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(FILES.some((f) => importsOf(f).length > 3)).toBe(true);
  });

  it("keep each module under 600 lines, or say in its header why not", () => {
    const long = FILES.filter((f) => {
      const text = readFileSync(f, "utf8");
      return text.split("\n").length > 600 && !/^\/\*\*[\s\S]*?over 600 lines[\s\S]*?\*\//.test(text);
    });
    expect(long.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
