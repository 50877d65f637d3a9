// The card bundle, served by the integration from its frontend/ folder (one static path):
// - security-scorecard-card.js: the entry Home Assistant loads on every page (add_extra_js_url, ?v=<hash of the folder>);
// - security-scorecard-shell-<hash>.js: what the entry imports (Lit, the card's elements, its English strings);
// - security-scorecard-engine-<hash>.js: collector, checks and judge, loaded by the first collection (card/deps.ts);
// - security-scorecard-editor-<hash>.js: the editor, loaded by getConfigElement() when someone edits the card;
//   code both of these share goes into a further hashed chunk.
// Shared code lives in hashed chunks rather than in the entry, because the entry is loaded under a
// `?v=` URL: a chunk importing the entry by its plain name would load it a second time as another module.
// Translations (frontend/translations/<lang>.json) are written by scripts/gen-catalog.ts, not here.
// Build: npx rollup -c card/rollup.config.mjs
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import resolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";

const OUT_DIR = "custom_components/security_scorecard/frontend";
const ENTRY = "security-scorecard-card.js";
const CHUNK = /^security-scorecard-.+\.js$/;

const ENTRY_MODULE = new URL("./security-scorecard-card.ts", import.meta.url).pathname;
let staticGraph;

/** Modules the entry imports statically, directly or not (computed once per build). */
function staticFromEntry(getModuleInfo) {
  if (staticGraph !== undefined) return staticGraph;
  staticGraph = new Set();
  const queue = [ENTRY_MODULE];
  while (queue.length > 0) {
    const info = getModuleInfo(queue.pop());
    for (const dep of info?.importedIds ?? []) {
      if (!staticGraph.has(dep)) {
        staticGraph.add(dep);
        queue.push(dep);
      }
    }
  }
  return staticGraph;
}

/** Chunks of earlier builds (their names carry a hash) would otherwise pile up in the integration. */
const removeStaleChunks = {
  name: "remove-stale-chunks",
  writeBundle(_options, bundle) {
    for (const file of readdirSync(OUT_DIR)) {
      if (CHUNK.test(file) && !(file in bundle)) rmSync(join(OUT_DIR, file));
    }
  },
};

export default {
  input: "card/security-scorecard-card.ts",
  output: {
    dir: OUT_DIR,
    format: "es",
    entryFileNames: ENTRY,
    chunkFileNames: "security-scorecard-[name]-[hash].js",
    sourcemap: false,
    // What the entry imports statically goes into one hashed "shell" chunk; what only import() reaches
    // (the engine, the editor) is left to rollup, which puts it into chunks of its own.
    manualChunks(id, { getModuleInfo }) {
      if (id === ENTRY_MODULE) return undefined;
      return staticFromEntry(getModuleInfo).has(id) ? "shell" : undefined;
    },
  },
  // Node-only code must never reach the browser bundle; fail loudly if it does.
  external: (id) => id.startsWith("node:"),
  plugins: [
    { name: "reset-graph", buildStart: () => void (staticGraph = undefined) },
    resolve({ browser: true, preferBuiltins: false }),
    commonjs(),
    json({ compact: true }),
    typescript({
      tsconfig: "./tsconfig.json",
      include: ["card/**/*.ts", "src/**/*.ts"],
      compilerOptions: { noEmit: false, declaration: false, sourceMap: false, types: [] },
      noEmitOnError: false,
    }),
    terser({ format: { comments: false }, compress: { passes: 2 }, module: true }),
    removeStaleChunks,
  ],
  onwarn(warning, warn) {
    if (warning.code === "CIRCULAR_DEPENDENCY" && warning.ids?.some((id) => id.includes("node_modules"))) return;
    warn(warning);
  },
};
