// The card bundle: one self-contained ES module (Lit bundled in, no external imports),
// served by the integration. Build: npx rollup -c card/rollup.config.mjs
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import resolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";

export default {
  input: "card/security-scorecard-card.ts",
  output: {
    file: "custom_components/security_scorecard/frontend/security-scorecard-card.js",
    format: "es",
    inlineDynamicImports: true,
    sourcemap: false,
  },
  // Node-only code must never reach the browser bundle; fail loudly if it does.
  external: (id) => id.startsWith("node:"),
  plugins: [
    resolve({ browser: true, preferBuiltins: false }),
    commonjs(),
    json({ compact: true }),
    typescript({
      tsconfig: "./tsconfig.json",
      include: ["card/**/*.ts", "src/**/*.ts"],
      compilerOptions: { noEmit: false, declaration: false, sourceMap: false, types: [] },
      noEmitOnError: false,
    }),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === "CIRCULAR_DEPENDENCY" && warning.ids?.some((id) => id.includes("node_modules"))) return;
    warn(warning);
  },
};
