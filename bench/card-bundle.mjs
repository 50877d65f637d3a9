// Prints the card bundle's size, minified and gzipped (budget: 60 KB gzipped). Never asserts.
// Build first: npx rollup -c card/rollup.config.mjs
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";

const file = new URL("../custom_components/security_scorecard/frontend/security-scorecard-card.js", import.meta.url);
let data;
try {
  data = readFileSync(file);
} catch {
  console.log("bundle missing: run `npx rollup -c card/rollup.config.mjs` first");
  process.exit(0);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = gzipSync(data, { level: 9 }).length;
console.log(`card bundle ${file.pathname}`);
console.log(`  built     ${statSync(file).mtime.toISOString()}`);
console.log(`  minified  ${kb(data.length)} (${data.length} B)`);
console.log(`  gzipped   ${kb(gz)} (${gz} B), budget 60 KB: ${((gz / (60 * 1024)) * 100).toFixed(0)} % used`);
