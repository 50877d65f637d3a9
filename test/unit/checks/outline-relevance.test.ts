/**
 * The relevance declaration (src/checks/outline-relevance.ts) drops no entry a check reads:
 * every check judges the full and the relevant outline alike — the same status, evidence,
 * placeholders and reasons — on the harness's weak and hardened configs, every shared
 * vector and adversarial configs written here (package and include mounts, camelCase,
 * header and non-ASCII credential keys, webhook siblings, stand-in secrets files, served
 * www/ files, include errors, limits). Checks that read the file list (git, www/) are run
 * with those facts set, so they look at the outline too.
 *
 * A check that starts reading an entry the declaration drops fails here: widen the
 * declaration (and regenerate outline/relevance.json with scripts/gen-catalog.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXACT_CREDENTIAL_KEYS, CONTEXTUAL_CREDENTIAL_KEYS, CREDENTIAL_KEY_SUFFIXES, isCredentialPath } from "../../../src/checks/credential-keys.js";
import { OUTLINE_RELEVANCE, relevanceJson, relevantOutline } from "../../../src/checks/outline-relevance.js";
import { available } from "../../../src/facts/fact.js";
import type { Facts, Outline } from "../../../src/facts/types.js";
import { buildOutline } from "../../../src/lint/outline.js";
import { evaluate } from "../../../src/score/evaluate.js";
import { FILES_DEFAULT, NOW, facts } from "../../support/facts-builder.js";

const REPO = path.resolve(__dirname, "../../..");
const VECTORS = path.join(REPO, "test/vectors/outline");
const CONFIGS = path.join(REPO, "test/ha/configs");

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** Facts around an outline; with `served`, git and every www/ file of the outline as sensitive. */
function factsWith(outline: Outline, served: boolean): Facts {
  const www = outline.files.filter((f) => f.path.startsWith("www/")).map((f) => f.path);
  const files = served ? { ...FILES_DEFAULT, git: { method: "git", ignored: { "secrets.yaml": true, ".storage/": true, "*.db": true, "*.log": true, ".cloud/": true, "ip_bans.yaml": true } }, www_sensitive: www } : FILES_DEFAULT;
  return facts({ outline: available("test", outline), files: available("test", files) });
}

/** Every check's verdict as the report shows it (the check object itself left out). */
function verdicts(f: Facts): unknown[] {
  const card = evaluate(f, { now: NOW });
  return card.categories.flatMap((c) => c.checks.map(({ check, ...rest }) => ({ id: check.id, ...rest })));
}

function expectSameVerdicts(full: Outline): void {
  const relevant = relevantOutline(full);
  for (const served of [false, true]) expect(verdicts(factsWith(relevant, served))).toEqual(verdicts(factsWith(full, served)));
}

async function fullOutline(dir: string, limits?: object): Promise<Outline> {
  let limitsFile: string | undefined;
  if (limits !== undefined) {
    limitsFile = path.join(mkdtempSync(path.join(tmpdir(), "relevance-limits-")), "limits.json");
    temps.push(path.dirname(limitsFile));
    writeFileSync(limitsFile, JSON.stringify(limits));
  }
  return buildOutline(dir, { python: null, env: process.env, notice: () => undefined, full: true, ...(limitsFile ? { limitsFile } : {}) });
}

function writeConfig(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "relevance-"));
  temps.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Configs that try to hide a read entry from the declaration. */
const ADVERSARIAL: Record<string, Record<string, string>> = {
  mounts: {
    "configuration.yaml": [
      "homeassistant:",
      "  packages: !include_dir_named packages",
      "  auth_providers: !include providers.yaml",
      "  latitude: 52.1",
      "http: !include http.yaml",
      "automation: !include_dir_merge_list automations",
      "sensor: !include sensors.yaml",
      "shell_command:",
      "  google_token: curl -u admin:hunter2hunter2 http://x",
      "",
    ].join("\n"),
    "providers.yaml": "- type: trusted_networks\n  trusted_networks:\n    - 0.0.0.0/0\n  allow_bypass_login: true\n- type: homeassistant\n",
    "http.yaml": "server_port: 80\nuse_x_forwarded_for: true\ntrusted_proxies:\n  - 0.0.0.0/0\ncors_allowed_origins: '*'\nip_ban_enabled: false\nlogin_attempts_threshold: -1\n",
    "packages/net.yaml": "http:\n  ssl_profile: intermediate\nhomeassistant:\n  longitude: 4.3\n  external_url: http://example.org\n  allowlist_external_dirs:\n    - /config\n    - /tmp\n  auth_mfa_modules:\n    - type: totp\n",
    "automations/a.yaml": [
      "- id: w1",
      "  trigger:",
      "    - platform: webhook",
      "      webhook_id: short",
      "      local_only: false",
      "    - trigger: webhook",
      "      webhook_id: aaaaaaaaaaaaaaaaaaaaaaaa",
      "  action:",
      "    - service: rest_command.x",
      "      data:",
      "        apiKey: sk_live_0123456789abcdefABCDEF",
      "        X-Api-Key: 0123456789abcdef0123456789",
      "        \"api_\u212Aey\": 0123456789abcdefghij",
      "        Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345",
      "        url: https://user:s3cretpassw0rd@example.org/path",
      "        q: https://example.org/api?token=abcdef0123456789",
      "",
    ].join("\n"),
    "sensors.yaml": [
      "- platform: rest",
      "  resource: http://10.0.0.1/api",
      "  password: !env_var REST_PW default-password-123",
      "  pin_code: 1234",
      "  \"a,\\\"b\": x",
      "  \"k],\\\"tag\\\":\": y",
      "  encryption:",
      "    key: 0123456789abcdef0123456789abcdef",
      "",
    ].join("\n"),
    "home_secrets.yaml": "mqtt_password: hunter2hunter2\nother: placeholder\n",
    "www/layout.yaml": "token: abcdef0123456789abcdef\nname: plain\n",
    "www/clean.yaml": "name: plain\n",
    "esphome/node.yaml": "wifi:\n  password: wifipassword123\napi:\n  encryption:\n    key: abcdefabcdefabcdefabcdefabcdef00\n",
  },
  "include errors": {
    "configuration.yaml": "homeassistant:\n  name: x\nhttp:\n  server_port: 8123\nautomation: !include missing.yaml\nscript: !include_dir_named scripts\nfrontend:\n  themes: !include_dir_merge_named nothemes\nsensor:\n  - !include missing2.yaml\n",
    "scripts/s.yaml": "sequence: []\n",
  },
};

describe("the outline relevance declaration", () => {
  it("covers every credential key name (a superset of credential-keys.ts)", () => {
    const names = [...EXACT_CREDENTIAL_KEYS, ...CREDENTIAL_KEY_SUFFIXES.map((s) => `x${s}`), ...CONTEXTUAL_CREDENTIAL_KEYS.map((c) => c.key)];
    for (const name of names) expect(OUTLINE_RELEVANCE.keyWords.some((w) => name.toLowerCase().includes(w)), name).toBe(true);
    // And as written in configs: camelCase, headers, Kelvin sign K.
    for (const key of ["apiKey", "X-Api-Key", "Client Secret", "api_\u212Aey", "PASSWORD"]) {
      expect(isCredentialPath([key])).toBe(true);
      expect(OUTLINE_RELEVANCE.keyWords.some((w) => key.toLowerCase().includes(w)), key).toBe(true);
    }
  });

  it("is what the integration holds (outline/relevance.json is generated)", () => {
    const file = path.join(REPO, "custom_components/security_scorecard/outline/relevance.json");
    expect(readFileSync(file, "utf8")).toBe(relevanceJson());
  });

  const vectors = existsSync(VECTORS) ? readdirSync(VECTORS).filter((d) => existsSync(path.join(VECTORS, d, "outline.json"))).sort() : [];
  it("has vectors", () => expect(vectors.length).toBeGreaterThan(10));
  for (const name of vectors) {
    it(`keeps every verdict on the vector ${name}`, () => {
      expectSameVerdicts(JSON.parse(readFileSync(path.join(VECTORS, name, "outline.json"), "utf8")) as Outline);
    });
  }

  for (const name of ["weak", "hardened"]) {
    it(`keeps every verdict on the harness's ${name} config`, { timeout: 60_000 }, async () => {
      const full = await fullOutline(path.join(CONFIGS, name));
      expect(full.files.some((f) => f.entries.length > 0)).toBe(true);
      expectSameVerdicts(full);
    });
  }

  for (const [name, files] of Object.entries(ADVERSARIAL)) {
    it(`keeps every verdict on the adversarial config "${name}"`, { timeout: 60_000 }, async () => {
      const full = await fullOutline(writeConfig(files));
      expectSameVerdicts(full);
      // The relevant outline is smaller, not empty: the test judges something.
      const count = (o: Outline): number => o.files.reduce((n, f) => n + f.entries.length, 0);
      expect(count(relevantOutline(full))).toBeGreaterThan(0);
      expect(count(relevantOutline(full))).toBeLessThan(count(full));
    });
  }

  it("keeps every verdict when a limit cut the walk", { timeout: 60_000 }, async () => {
    const full = await fullOutline(writeConfig(ADVERSARIAL.mounts as Record<string, string>), { max_files: 4 });
    expect(full.truncated?.limit).toBe("max_files");
    expectSameVerdicts(full);
  });
});
