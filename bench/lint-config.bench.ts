/**
 * lint-config end to end (outline + file facts + evaluate + report) over a synthetic
 * config folder of 2,000 YAML files / ~20 MB. Prints time and peak memory; never asserts.
 * The outline is built as lint-config builds it: the Python builder
 * (custom_components/security_scorecard/outline/) run with the machine's python3, its
 * output streamed and validated (src/lint/outline.ts); then, apart from the timed run,
 * the builder alone (Python wall time, output size) and the validation alone.
 * Target: < 2 s.   Run: npx tsx bench/lint-config.bench.ts
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { resourceUsage } from "node:process";
import { offlineCatalog } from "../src/cli/lint-config.js";
import { CATALOG } from "../src/checks/catalog.js";
import { parse } from "../src/collect/validate.js";
import { collectFilesOffline } from "../src/lint/files.js";
import { offlineFacts } from "../src/lint/offline-facts.js";
import { buildOutline, outlinePackage } from "../src/lint/outline.js";
import { BuiltOutlineStruct } from "../src/lint/outline-struct.js";
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

/** The Python builder alone (its wall time and output), then the JSON parse and validation alone. */
function parts(dir: string, limitsFile: string): void {
  const t0 = performance.now();
  const json = execFileSync("python3", [outlinePackage(), "--compact", "--limits", limitsFile, dir], { encoding: "utf8", maxBuffer: 1 << 30 });
  const t1 = performance.now();
  const value: unknown = JSON.parse(json);
  const t2 = performance.now();
  const ok = parse(value, BuiltOutlineStruct).ok;
  const t3 = performance.now();
  console.log(`  python    ${(t1 - t0).toFixed(0)} ms builder alone (${(json.length / 1048576).toFixed(1)} MB of JSON)`);
  console.log(`  node      ${(t2 - t1).toFixed(0)} ms JSON.parse, ${(t3 - t2).toFixed(0)} ms validation (${ok ? "valid" : "INVALID"})`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "lint-config-bench-"));
  try {
    const bytes = synthesise(dir);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
    // Limits raised so the whole folder is read whatever the defaults are.
    const limitsFile = path.join(path.dirname(dir), `${path.basename(dir)}-limits.json`);
    writeFileSync(limitsFile, JSON.stringify({ max_seconds: 300, max_total_bytes: 64 * 1024 * 1024, max_total_entries: 2_000_000 }));
    const t0 = performance.now();
    const outline = await buildOutline(dir, { python: null, env: process.env, notice: (l) => console.log(`  (${l})`), limitsFile });
    const t1 = performance.now();
    const files = await collectFilesOffline(dir);
    const sc = evaluate(offlineFacts(outline, files, new Date()), { catalog: offlineCatalog(CATALOG) });
    const t2 = performance.now();
    const text = renderText(sc, { color: false });
    const sarif = renderSarif(sc, { toolVersion: "bench" });
    const t3 = performance.now();
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const entries = outline.files.reduce((n: number, f) => n + f.entries.length, 0);
    const maxRssMb = resourceUsage().maxRSS / 1024;
    console.log(`lint-config bench: ${outline.files.length} files, ${(bytes / 1048576).toFixed(1)} MB, ${entries} entries, truncated: ${outline.truncated?.limit ?? "no"}`);
    console.log(`  outline   ${(t1 - t0).toFixed(0)} ms`);
    console.log(`  evaluate  ${(t2 - t1).toFixed(0)} ms (files facts + ${sc.categories.reduce((n, c) => n + c.checks.length, 0)} checks)`);
    console.log(`  report    ${(t3 - t2).toFixed(0)} ms (text ${text.length} B, sarif ${sarif.length} B)`);
    console.log(`  total     ${(t3 - t0).toFixed(0)} ms (target < 2000 ms)`);
    console.log(`  peak RSS  ${(peakRss / 1048576).toFixed(0)} MB sampled, ${maxRssMb.toFixed(0)} MB maxRSS`);
    parts(dir, limitsFile);
    rmSync(limitsFile, { force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
