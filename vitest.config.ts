import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts", "test/card/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        // Against a real Home Assistant started by test/ha/global-setup.ts (see test/ha/README.md).
        test: {
          name: "real",
          include: ["test/real/**/*.test.ts", "test/browser/**/*.browser.test.ts"],
          environment: "node",
          globalSetup: ["test/ha/global-setup.ts"],
          // The first run installs the venv (a few minutes) inside globalSetup.
          hookTimeout: 900_000,
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
