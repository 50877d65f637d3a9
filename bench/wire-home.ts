/**
 * A big home for bench/wire.ts: about 2,000 YAML files / 20 MB added to a harness config
 * folder, mixed as published configurations are — mostly automations, scripts, template
 * entities and dashboards — with about one entry in twenty of the kinds a check reads
 * (credential-like keys, URLs, commands, webhook triggers) and a literal credential every
 * few hundred lines. About 5,000 entities: 3,000 template sensors with unique ids (states and
 * entity registry entries) and two long automations or scripts per file of those. Everything is valid for Home Assistant 2024.3 and current releases, and
 * nothing in it reaches the network (commands and REST calls are only defined, never run).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A small deterministic generator (mulberry32), so every run writes the same home. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = "kitchen hall garden bedroom office garage lamp blind heater fan door window motion sensor scene night morning away home".split(" ");

export interface HomeSize {
  readonly files: number;
  readonly bytes: number;
  readonly templateSensors: number;
  readonly literalCredentials: number;
}

export interface HomeOptions {
  readonly files?: number;
  readonly targetBytes?: number;
  readonly templateSensors?: number;
}

/** Adds the big home to a laid-out config folder (configuration.yaml is extended). */
export function synthesiseHome(dir: string, options: HomeOptions = {}): HomeSize {
  const files = options.files ?? 2_000;
  const targetBytes = options.targetBytes ?? 20_000_000;
  // With two automations or scripts per file, ~2,000 of the 5,000 entities are theirs.
  const sensors = options.templateSensors ?? 3_000;
  const rand = rng(20261206);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const hex = (n: number): string => Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(rand() * 16)]).join("");

  // Shares of the 2,000 files, as published configurations have them.
  const plan: readonly [folder: string, share: number][] = [
    ["automations", 0.35],
    ["scripts", 0.15],
    ["templates", 0.125],
    ["packages", 0.075],
    ["dashboards", 0.3],
  ];
  const perFile = Math.floor(targetBytes / files);
  let lines = 0;
  let literal = 0;
  let written = 0;
  let bytes = 0;
  let sensorNo = 0;
  let made = 0;
  const templateFiles = Math.round(files * 0.125);

  for (const [folder, share] of plan) {
    mkdirSync(join(dir, folder), { recursive: true });
    const count = folder === "dashboards" ? files - written : Math.round(files * share);
    for (let f = 0; f < count; f++) {
      const blocks: string[] = [];
      let size = 0;
      let n = 0;
      let since = 0;
      // Template files carry the 5,000 sensors, spread evenly, before their filler.
      const sensorsHere = folder === "templates" ? Math.ceil((sensors - sensorNo) / (templateFiles - f)) : 0;
      // Template files hold only those sensors (more entities would not be a 5,000-entity home);
      // their size comes from attribute templates, which add entries but no entities.
      const attributes = Math.max(1, Math.floor(perFile / Math.max(1, sensorsHere) / 70));
      for (let s = 0; s < sensorsHere && sensorNo < sensors; s++, sensorNo++) {
        const block =
          `- sensor:\n    - name: "Big ${sensorNo}"\n      unique_id: big_${sensorNo}\n      state: "{{ ${sensorNo} }}"\n      attributes:\n` +
          Array.from({ length: attributes }, (_, i) => `        a${i}: "{{ states('sensor.big_${(sensorNo + i) % sensors}') }} ${words(2)}"\n`).join("");
        blocks.push(block);
        size += block.length;
      }
      while (folder !== "templates" && size < perFile) {
        n += 1;
        lines += 8;
        // A literal credential every few hundred lines, in whatever the file holds.
        const leak = lines % 300 < 8;
        if (leak) literal += 1;
        const secretLine = (indent: string): string => (leak ? `${indent}password: "p${hex(20)}"\n` : "");
        let block: string;
        switch (folder) {
          case "automations": {
            // Two long automations per file (each one entity), one in ten triggered by a webhook.
            const head =
              n === 1 || since > perFile / 2
                ? (++made % 10 === 0
                    ? `- id: "w${f}_${n}"\n  alias: Webhook ${f} ${n}\n  trigger:\n    - platform: webhook\n      webhook_id: ${hex(24)}\n      local_only: true\n  action:\n`
                    : `- id: "a${f}_${n}"\n  alias: ${words(3)} ${f} ${n}\n  trigger:\n    - platform: state\n      entity_id: sensor.big_${(f * 7 + n) % sensors}\n      to: "on"\n  condition: []\n  action:\n`)
                : "";
            if (head !== "") since = 0;
            block = `${head}    - service: persistent_notification.create\n      data:\n        title: ${words(2)}\n        message: >\n          {{ states('sensor.big_${n % sensors}') }} ${words(8)}\n${secretLine("        ")}`;
            since += block.length;
            break;
          }
          case "scripts": {
            const head = n === 1 || since > perFile / 2 ? `s${f}_${n}:\n  alias: ${words(3)}\n  sequence:\n` : "";
            if (head !== "") since = 0;
            block = `${head}    - service: persistent_notification.create\n      data:\n        message: "${words(10)}"\n${secretLine("        ")}    - delay: "00:00:0${n % 10}"\n`;
            since += block.length;
            break;
          }
          case "packages":
            block =
              `rest_command:\n  call_${f}_${n}:\n    url: http://127.0.0.1:9/api/${words(1)}/${n}\n    method: post\n    headers:\n` +
              `      Authorization: ${leak ? `Bearer ${hex(40)}` : "!secret api_header"}\n` +
              `    payload: '{"n": ${n}, "note": "${words(6)}"}'\n${secretLine("    ")}`;
            // Packages merge by key: every block gets its own package name.
            block = `# package block ${n}\n${block}`;
            break;
          default:
            block =
              `      - type: entities\n        title: ${words(2)} ${n}\n${secretLine("        ")}        entities:\n` +
              Array.from({ length: 6 }, (_, i) => `          - entity: sensor.big_${(n * 6 + i) % sensors}\n            name: ${words(2)}\n`).join("");
        }
        blocks.push(block);
        size += block.length;
      }
      let text = blocks.join("");
      if (folder === "packages") {
        // One package per file: `rest_command` entries of all blocks in one mapping.
        text = `rest_command:\n${text.replace(/^# package block \d+\nrest_command:\n/gm, "")}`;
      }
      if (folder === "dashboards") text = `title: Dashboard ${f}\nviews:\n  - title: Main\n    cards:\n${text}`;
      writeFileSync(join(dir, folder, `f${String(f).padStart(4, "0")}.yaml`), text);
      written += 1;
      bytes += text.length;
    }
  }

  const config = join(dir, "configuration.yaml");
  let yaml = readFileSync(config, "utf8");
  if (!/^homeassistant:\n/m.test(yaml)) throw new Error("the base config has no homeassistant: block");
  yaml = yaml.replace(/^homeassistant:\n/m, "homeassistant:\n  packages: !include_dir_named packages\n");
  yaml +=
    "\nautomation big: !include_dir_merge_list automations\n" +
    "script: !include_dir_merge_named scripts\n" +
    "template: !include_dir_merge_list templates\n";
  writeFileSync(config, yaml);
  const secrets = join(dir, "secrets.yaml");
  writeFileSync(secrets, `${readFileSync(secrets, "utf8").trimEnd()}\napi_header: Bearer not-a-real-token\n`);
  return { files: written, bytes, templateSensors: sensorNo, literalCredentials: literal };
}
