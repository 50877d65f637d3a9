#!/usr/bin/env node
/**
 * The card bundle is committed into the integration folder (so a HACS install needs no
 * build): the entry and its hashed chunks (card/rollup.config.mjs removes chunks of earlier
 * builds). Rebuild it and fail when a committed file differs from what the sources build,
 * or a built chunk is not committed (translations/ is scripts/gen-catalog.ts's).
 */
import { spawnSync } from "node:child_process";
import { ROOT } from "./bootstrap.mjs";

const BUNDLE_DIR = "custom_components/security_scorecard/frontend";
const build = spawnSync("npx", ["rollup", "-c", "card/rollup.config.mjs", "--silent"], { cwd: ROOT, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const diff = spawnSync("git", ["status", "--porcelain", "--", BUNDLE_DIR], { cwd: ROOT, encoding: "utf8" });
if (diff.stdout.trim() !== "") {
  process.stderr.write(`The committed card bundle is stale:\n${diff.stdout}Run \`npm run build\` and commit ${BUNDLE_DIR}.\n`);
  process.exit(1);
}
process.stderr.write("card bundle matches its sources\n");
