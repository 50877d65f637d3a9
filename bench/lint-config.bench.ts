/**
 * lint-config end to end (outline + file facts + evaluate + report) over a synthetic
 * config folder of 2,000 YAML files / ~20 MB. Prints time and peak memory; never asserts.
 * Then, apart from the timed run, the parse share: the same files' YAML composed alone
 * (and how many files the fast path took); with `--full`, also the full `yaml`-package
 * parse of the same files for comparison (about ten seconds more).
 * Target: < 2 s.   Run: npx tsx bench/lint-config.bench.ts [--full]
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { resourceUsage } from "node:process";
import { offlineCatalog } from "../src/cli/lint-config.js";
import { CATALOG } from "../src/checks/catalog.js";
import { buildOutline } from "../src/outline/index.js";
import { collectFilesOffline } from "../src/outline/files.js";
import { FALLBACK, fastCompose } from "../src/outline/fastpath.js";
import { DEFAULT_LIMITS } from "../src/outline/limits.js";
import { offlineFacts } from "../src/outline/offline-facts.js";
import { composeText } from "../src/outline/parse.js";
import { renderSarif, renderText } from "../src/report/index.js";
import { evaluate } from "../src/score/evaluate.js";

const FILES = 2_000;
const TARGET_BYTES = 20 * 1024 * 1024;

function synthesise(dir: string): number {
  const perFile = Math.floor(TARGET_BYTES / FILES);
  let total = 0;
  const block = (i: number, j: number): string =>
    `  - platform: rest\n    name: sensor_${i}_${j}\n    resource: http://192.168.1.${j % 250}/api/v1/status?id=${j}\n` +
    `    username: !secret rest_user\n    password: !secret rest_password\n    scan_interval: ${30 + (j % 60)}\n` +
    `    value_template: "{{ value_json.state | float(0) * ${j} }}"\n    headers:\n      Accept: application/json\n`;
  writeFileSync(path.join(dir, "configuration.yaml"), "homeassistant:\n  packages: !include_dir_named packages\nsensor: !include_dir_merge_list sensors\nhttp:\n  ip_ban_enabled: true\n");
  mkdirSync(path.join(dir, "packages"));
  mkdirSync(path.join(dir, "sensors"));
  mkdirSync(path.join(dir, "esphome"));
  for (let i = 0; i < FILES - 1; i++) {
    const folder = i % 3 === 0 ? "packages" : i % 3 === 1 ? "sensors" : "esphome";
    let text = folder === "packages" ? `sensor:\n` : folder === "esphome" ? `esphome:\n  name: node${i}\nsensor:\n` : "";
    for (let j = 0; text.length < perFile; j++) text += folder === "sensors" ? block(i, j).replace(/^ {2}/gm, "") : block(i, j);
    writeFileSync(path.join(dir, folder, `f${i}.yaml`), text);
    total += Buffer.byteLength(text);
  }
  return total;
}

/** YAML → node graph alone, over every file of the folder (not part of the timed run). */
function parseShare(dir: string): void {
  const texts: string[] = [];
  for (const sub of ["", "packages", "sensors", "esphome"]) {
    for (const name of readdirSync(path.join(dir, sub))) if (name.endsWith(".yaml")) texts.push(readFileSync(path.join(dir, sub, name), "utf8"));
  }
  let taken = 0;
  const t0 = performance.now();
  for (const text of texts) composeText(text, DEFAULT_LIMITS, Infinity);
  const t1 = performance.now();
  for (const text of texts) if (fastCompose(text, DEFAULT_LIMITS, Infinity) !== FALLBACK) taken++;
  const t2 = performance.now();
  console.log(`  parse     ${(t1 - t0).toFixed(0)} ms of the outline's work (fast path took ${taken} of ${texts.length} files; ${(t2 - t1).toFixed(0)} ms again)`);
  if (!process.argv.includes("--full")) return;
  for (const text of texts) composeText(text, DEFAULT_LIMITS, Infinity, false);
  console.log(`  (full \`yaml\` parse of the same files: ${(performance.now() - t2).toFixed(0)} ms)`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "lint-config-bench-"));
  try {
    const bytes = synthesise(dir);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
    const t0 = performance.now();
    // Limits raised so the whole folder is read (the defaults stop at 250,000 keys, which 20 MB exceeds).
    const outline = await buildOutline(dir, { max_seconds: 300, max_total_bytes: 64 * 1024 * 1024, max_total_entries: 2_000_000 });
    const t1 = performance.now();
    const files = await collectFilesOffline(dir);
    const sc = evaluate(offlineFacts(outline, files, new Date()), { catalog: offlineCatalog(CATALOG) });
    const t2 = performance.now();
    const text = renderText(sc, { color: false });
    const sarif = renderSarif(sc, { toolVersion: "bench" });
    const t3 = performance.now();
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const entries = outline.files.reduce((n, f) => n + f.entries.length, 0);
    const maxRssMb = resourceUsage().maxRSS / 1024;
    console.log(`lint-config bench: ${outline.files.length} files, ${(bytes / 1048576).toFixed(1)} MB, ${entries} entries, truncated: ${outline.truncated?.limit ?? "no"}`);
    console.log(`  outline   ${(t1 - t0).toFixed(0)} ms`);
    console.log(`  evaluate  ${(t2 - t1).toFixed(0)} ms (files facts + ${sc.categories.reduce((n, c) => n + c.checks.length, 0)} checks)`);
    console.log(`  report    ${(t3 - t2).toFixed(0)} ms (text ${text.length} B, sarif ${sarif.length} B)`);
    console.log(`  total     ${(t3 - t0).toFixed(0)} ms (target < 2000 ms)`);
    console.log(`  peak RSS  ${(peakRss / 1048576).toFixed(0)} MB sampled, ${maxRssMb.toFixed(0)} MB maxRSS`);
    parseShare(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
