// Build outputs: the CLI (dist/cli.js) and the card bundle (card/rollup.config.mjs, served by the integration).
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { URL } from "node:url";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import typescript from "@rollup/plugin-typescript";
import card from "./card/rollup.config.mjs";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

// The CLI runs where `npm install` put its dependencies: bundle only our own code.
const cliExternals = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies ?? {})];
const isCliExternal = (id) => cliExternals.some((e) => id === e || id.startsWith(`${e}/`));

/** TypeScript for a bundle: the project's tsconfig, emitting JS only (type checking is `npm run lint`). */
const ts = (include) =>
  typescript({
    tsconfig: "./tsconfig.json",
    include,
    compilerOptions: { noEmit: false, declaration: false, sourceMap: false, outDir: undefined },
    noEmitOnError: false,
    outputToFilesystem: false,
  });

const cli = {
  input: "src/cli/main.ts",
  output: {
    file: "dist/cli.js",
    format: "es",
    banner: "#!/usr/bin/env node",
    sourcemap: false,
  },
  external: isCliExternal,
  plugins: [
    nodeResolve({ preferBuiltins: true, exportConditions: ["node"] }),
    json({ preferConst: true }),
    ts(["src/**/*.ts", "package.json"]),
  ],
};

export default [cli, card];
