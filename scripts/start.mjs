#!/usr/bin/env node
/**
 * `npm start`: set up everything on a fresh machine, then run the demo — a real local
 * Home Assistant with a deliberately weak configuration, the integration and card
 * installed, the scorecard printed, the dashboard URL shown. `npm start -- --once`
 * prints the scorecard and exits; `npm start -- --ha 2024.3` runs the oldest supported release.
 */
import { spawnSync } from "node:child_process";
import { ROOT, ensureNodeModules } from "./bootstrap.mjs";

// The demo builds the Python runtime and venv of the release it runs (test/ha/venv.ts).
ensureNodeModules();
const args = process.argv.slice(2);
const r = spawnSync("npx", ["tsx", "scripts/demo.ts", ...args], { cwd: ROOT, stdio: "inherit" });
process.exit(r.status ?? 1);
