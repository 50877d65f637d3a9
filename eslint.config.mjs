import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Node globals for the plain-JS scripts (they run before node_modules exists, so no `globals` package).
const nodeGlobals = Object.fromEntries(
  ["process", "console", "Buffer", "URL", "setTimeout", "clearTimeout", "setInterval", "clearInterval"].map((g) => [g, "readonly"]),
);

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "custom_components/",
      ".venv/",
      ".cache/",
      "coverage/",
      "test-results/",
      "**/*.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.mjs"], languageOptions: { globals: nodeGlobals } },
);
