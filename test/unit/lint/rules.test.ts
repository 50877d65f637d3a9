/**
 * Each offline rule through lint-config, over configurations written the way the Home
 * Assistant docs write them: true positives are found at file:line with the key path,
 * look-alikes (secrets, env vars, templates, entity ids, booleans, header names) are not,
 * and no value ever reaches the report.
 */
import { describe, expect, it } from "vitest";
import { CANARY, evidenceOf, lintJson } from "./harness.js";

const C = CANARY;

const CONFIGURATION = `homeassistant:
  name: Home
  packages: !include_dir_named packages
  auth_providers:
    - type: homeassistant
http:
  cors_allowed_origins:
    - https://cast.home-assistant.io
  ip_ban_enabled: true
  login_attempts_threshold: 5
sensor:
  - platform: rest
    resource: http://192.168.1.20/api/status
    username: admin
    password: ${C}-rest
  - platform: rest
    resource: !secret rest_url
    username: !secret rest_user
    password: !secret rest_password
  - platform: template
    sensors:
      door:
        value_template: "{{ states('sensor.door') }}"
        password_entity: sensor.door_code
mqtt:
  broker: core-mosquitto
  password: !env_var MQTT_PASSWORD
influxdb:
  api_version: 2
  token: ${C}abcdef0123456789abcdef0123456789
  ssl: true
  verify_ssl: false
notify:
  - name: pushover
    platform: pushover
    api_key: ${C}-pushover-key
  - name: signal
    platform: signal_messenger
    url: http://127.0.0.1:8080
shell_command:
  backup: curl -u admin:${C} -T /config/backup.tar ftp://nas.local/
  restart: curl -X POST http://localhost/restart
rest_command:
  alarm:
    url: https://alarm.example/api
    headers:
      Authorization: "Bearer ${C}0123456789abcdef"
  safe:
    url: https://api.example/x
    headers:
      Authorization: !secret api_bearer
  geo:
    url: "https://maps.example/api?key=${C}&q=1"
  creds_in_url:
    url: "http://user:${C}@cam.local/snap.jpg"
oauth:
  token_type: bearer
  api_key_header: X-Api-Key
  use_password: true
input_text:
  wifi:
    name: Wifi
    mode: password
`;

const SECRETS = `rest_url: http://192.168.1.21/api
rest_user: admin
rest_password: ${C}-secret
api_bearer: "Bearer ${C}"
`;

const ESPHOME = `esphome:
  name: garage
wifi:
  ssid: MyWifi
  password: ${C}-wifi
api:
  encryption:
    key: ${C}SGVsbG8gV29ybGQgSGVsbG8gV29ybGQ=
`;

/** ESPHome substitutions are references resolved at build time, not literal credentials. */
const ESPHOME_SUBSTITUTED = `substitutions:
  name: porch
wifi:
  ssid: !secret wifi_ssid
  password: \${wifi_password}
ota:
  password: $ota_password
`;

const PACKAGE = `mqtt:
  username: pkg
  password: ${C}-package
`;

describe("lint-config rules on real-world configuration styles", async () => {
  const { report, checks, run } = await lintJson({
    "configuration.yaml": CONFIGURATION,
    "secrets.yaml": SECRETS,
    "esphome/garage.yaml": ESPHOME,
    "esphome/porch.yaml": ESPHOME_SUBSTITUTED,
    "packages/broker.yaml": PACKAGE,
  });
  const plaintext = evidenceOf(checks, "secrets-plaintext-credential").join("\n");

  it("never prints a value", () => {
    expect(run.stdout).not.toContain(C);
    expect(run.stderr).not.toContain(C);
  });

  it("runs offline, only the offline checks by default", () => {
    expect(report.mode).toBe("offline");
    const statuses = [...checks.values()].map((c) => c.status);
    expect(statuses).not.toContain("not_assessed");
    expect(checks.has("auth-owner-mfa")).toBe(false);
  });

  it("finds literal passwords, tokens and api keys at file:line with the key path", () => {
    expect(checks.get("secrets-plaintext-credential")?.status).toBe("fail");
    expect(plaintext).toContain("configuration.yaml:15 configuration.yaml:15 sensor[0].password");
    expect(plaintext).toMatch(/configuration\.yaml:30 .*influxdb\.token/);
    expect(plaintext).toMatch(/configuration\.yaml:36 .*notify\[0\]\.api_key/);
  });

  it("does not flag ESPHome substitutions (${name}, $name) as literal credentials", () => {
    expect(plaintext).toContain("esphome/garage.yaml");
    expect(plaintext).not.toContain("esphome/porch.yaml");
  });

  it("finds credentials in unreachable YAML (ESPHome) and in packages", () => {
    expect(plaintext).toMatch(/esphome\/garage\.yaml:5 .*wifi\.password/);
    expect(plaintext).toMatch(/packages\/broker\.yaml:3 .*mqtt\.password/);
  });

  it("does not flag !secret, !env_var, templates, *_entity, booleans, header names, secrets.yaml or input_text mode", () => {
    expect(plaintext).not.toMatch(/sensor\[1\]\.password/);
    expect(plaintext).not.toMatch(/mqtt\.password.*configuration\.yaml|configuration\.yaml:27/);
    expect(plaintext).not.toContain("password_entity");
    expect(plaintext).not.toContain("value_template");
    expect(plaintext).not.toContain("token_type");
    expect(plaintext).not.toContain("api_key_header");
    expect(plaintext).not.toContain("use_password");
    expect(plaintext).not.toContain("input_text");
    expect(plaintext).not.toContain("secrets.yaml");
  });

  it("finds curl -u user:pass in a shell_command", () => {
    const ev = evidenceOf(checks, "secrets-command-credentials").join("\n");
    expect(checks.get("secrets-command-credentials")?.status).toBe("fail");
    expect(ev).toMatch(/configuration\.yaml:41 .*shell_command\.backup/);
    expect(ev).not.toContain("shell_command.restart");
  });

  it("finds a literal Bearer header but not one from !secret", () => {
    const ev = evidenceOf(checks, "secrets-literal-auth-header").join("\n");
    expect(checks.get("secrets-literal-auth-header")?.status).toBe("fail");
    expect(ev).toMatch(/configuration\.yaml:47 .*rest_command\.alarm\.headers\.Authorization/);
    expect(ev).not.toContain("rest_command.safe");
  });

  it("finds a key in a URL query and a password in URL userinfo", () => {
    expect(evidenceOf(checks, "secrets-url-query-key").join("\n")).toMatch(/rest_command\.geo\.url/);
    expect(evidenceOf(checks, "secrets-url-credentials").join("\n")).toMatch(/rest_command\.creds_in_url\.url/);
  });

  it("judges the http section from YAML", () => {
    expect(checks.get("net-cors-wildcard")?.status).toBe("pass");
    expect(checks.get("net-ip-ban")?.status).toBe("pass");
    expect(checks.get("net-login-threshold")?.status).toBe("pass");
  });
});

describe("lint-config: YAML shapes that must not hide a credential", () => {
  it("catches a credential behind an anchor and alias", async () => {
    const { checks, run } = await lintJson({
      "configuration.yaml": `x-defaults: &pw "${C}-anchored"\nsensor:\n  - platform: rest\n    resource: http://x.local\n    password: *pw\n`,
    });
    expect(evidenceOf(checks, "secrets-plaintext-credential").join("\n")).toMatch(/configuration\.yaml:5 .*sensor\[0\]\.password/);
    expect(run.stdout).not.toContain(C);
  });

  it("catches folded and literal multi-line commands", async () => {
    const { checks } = await lintJson({
      "configuration.yaml": `shell_command:\n  upload: >\n    curl --user admin:${C}\n    https://nas.local/\n  sync: |\n    sshpass -p ${C} rsync -a /config nas:/b\n`,
    });
    const ev = evidenceOf(checks, "secrets-command-credentials").join("\n");
    expect(ev).toMatch(/:2 .*shell_command\.upload/);
    expect(ev).toMatch(/:5 .*shell_command\.sync/);
  });

  it("reads files with a BOM and CRLF line ends, with the right lines", async () => {
    const { checks } = await lintJson({
      "configuration.yaml": Buffer.from(`\ufeffmqtt:\r\n  broker: x\r\n  password: ${C}-crlf\r\n`, "utf8"),
    });
    expect(evidenceOf(checks, "secrets-plaintext-credential").join("\n")).toMatch(/configuration\.yaml:3 .*mqtt\.password/);
  });

  it("finds nothing in a clean configuration", async () => {
    const { checks, run } = await lintJson({
      "configuration.yaml": "homeassistant:\n  name: Home\nmqtt:\n  password: !secret mqtt_password\nhttp:\n  ip_ban_enabled: true\n  login_attempts_threshold: 5\n",
      "secrets.yaml": `mqtt_password: ${C}\n`,
    });
    for (const id of ["secrets-plaintext-credential", "secrets-url-credentials", "secrets-url-query-key", "secrets-literal-auth-header", "secrets-command-credentials"]) {
      expect(checks.get(id)?.status, id).toBe("pass");
    }
    expect(run.code).toBe(0);
  });
});
