// Prints the card's sizes, minified and gzipped (gzip -9), by what loads them (budget: 35 KB gzipped for what
// every page of Home Assistant loads, Lit included). Never asserts. Build first: npx rollup -c card/rollup.config.mjs
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const DIR = new URL("../custom_components/security_scorecard/frontend/", import.meta.url).pathname;
const ENTRY = "security-scorecard-card.js";
if (!existsSync(join(DIR, ENTRY))) {
  console.log("bundle missing: run `npx rollup -c card/rollup.config.mjs` first");
  process.exit(0);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (file) => {
  const data = readFileSync(join(DIR, file));
  return { min: data.length, gz: gzipSync(data, { level: 9 }).length };
};
/** A chunk's static imports, followed (what the browser must fetch before the module runs). */
const imports = (file) => [...readFileSync(join(DIR, file), "utf8").matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]);
const dynamic = (file) => [...readFileSync(join(DIR, file), "utf8").matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((m) => m[1]);
const closure = (roots, have = new Set()) => {
  const out = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const f = queue.pop();
    if (have.has(f) || out.has(f)) continue;
    out.add(f);
    queue.push(...imports(f));
  }
  return out;
};
const sum = (files) => [...files].reduce((acc, f) => ({ min: acc.min + size(f).min, gz: acc.gz + size(f).gz }), { min: 0, gz: 0 });
const line = (label, files) => {
  const s = sum(files);
  console.log(`  ${label.padEnd(34)} ${kb(s.gz).padStart(8)} gzipped  ${kb(s.min).padStart(8)} minified  (${[...files].join(", ")})`);
  return s;
};

console.log(`card bundle ${DIR}`);
for (const f of readdirSync(DIR).filter((f) => f.endsWith(".js")).sort()) console.log(`  ${f.padEnd(48)} ${kb(size(f).gz).padStart(8)} gzipped`);
const every = closure([ENTRY]);
const byName = (part) => [...new Set(readdirSync(DIR).filter((f) => f.endsWith(".js")).flatMap((f) => dynamic(f)))].find((f) => f.includes(part));
const engine = byName("engine");
const editor = byName("editor");
const page = line("every page (entry + static imports)", every);
console.log(`  budget 35 KB: ${((page.gz / (35 * 1024)) * 100).toFixed(0)} % used`);
const shown = engine ? closure([engine], every) : new Set();
const card = line("+ a scorecard shown (engine)", shown);
console.log(`  ${"= an admin viewing the card".padEnd(34)} ${kb(page.gz + card.gz).padStart(8)} gzipped`);
if (editor) line("+ editing the card (editor)", closure([editor], new Set([...every, ...shown])));
const translations = join(DIR, "translations");
if (existsSync(translations)) {
  for (const f of readdirSync(translations).sort()) {
    const data = readFileSync(join(translations, f));
    console.log(`  ${`+ translations/${f} (users of it)`.padEnd(34)} ${kb(gzipSync(data, { level: 9 }).length).padStart(8)} gzipped`);
  }
}
