/**
 * Verdicts people act on (issue 12, items 5–11), through lint-config over small config
 * folders built by the real outline builder: TLS needs evidence, the checks the outline can
 * decide run offline, evidence points at the list item, `!env_var` defaults are literals,
 * one missing include blinds only what could live under it, and placeholders, stand-in
 * secrets files, www/ layouts and service names are not reported as credentials.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CANARY, evidenceOf, lintJson } from "./harness.js";

const C = CANARY;

const status = async (files: Record<string, string>, id: string): Promise<string | undefined> => (await lintJson(files)).checks.get(id)?.status;

describe("5: net-tls needs evidence of TLS", () => {
  const PROXY = "http:\n  use_x_forwarded_for: true\n  trusted_proxies:\n    - 127.0.0.1\n";

  it("only warns behind a proxy: the server cannot see the proxy's TLS", async () => {
    const { checks } = await lintJson({ "configuration.yaml": PROXY });
    expect(checks.get("net-tls")?.status).toBe("warn");
    expect(evidenceOf(checks, "net-tls")[0]).toContain("configuration.yaml:2 ");
    expect(evidenceOf(checks, "net-tls")[0]).toContain("mitigated");
  });

  it("fails on an http:// external URL on an internet name, offline, even behind a proxy", async () => {
    const cfg = `homeassistant:\n  external_url: http://home.example.org\n${PROXY}`;
    const { checks } = await lintJson({ "configuration.yaml": cfg });
    expect(checks.get("net-tls")?.status).toBe("fail");
    expect(checks.get("net-tls")?.evidence[0]).toMatchObject({ file: "configuration.yaml", line: 2 });
    expect(checks.get("net-external-url-https")?.status).toBe("fail");
  });

  it("passes on a certificate or an https:// external URL", async () => {
    expect(await status({ "configuration.yaml": "http:\n  ssl_certificate: /ssl/fullchain.pem\n  ssl_key: /ssl/privkey.pem\n" }, "net-tls")).toBe("pass");
    expect(await status({ "configuration.yaml": `homeassistant:\n  external_url: https://home.example.org\n${PROXY}` }, "net-tls")).toBe("pass");
  });
});

describe("6: checks the outline can decide run offline by default", () => {
  it("judges external_url from YAML: https, and the default port", async () => {
    const { checks } = await lintJson({ "configuration.yaml": "homeassistant:\n  external_url: https://home.example.org:8123\n" });
    expect(checks.get("net-external-url-https")?.status).toBe("pass");
    expect(checks.get("net-default-port")?.status).toBe("fail");
    expect(checks.get("net-default-port")?.evidence[0]).toMatchObject({ file: "configuration.yaml", line: 2 });
  });
});

describe("7: evidence points at the item, as file and line", () => {
  const CFG = `homeassistant:
  auth_providers:
    - type: trusted_networks
      trusted_networks:
        - 192.168.1.0/24
        - 0.0.0.0/0
  allowlist_external_dirs:
    - /media
    - /config
http:
  use_x_forwarded_for: true
  trusted_proxies:
    - 127.0.0.1
    - 0.0.0.0/0
  cors_allowed_origins:
    - https://cast.home-assistant.io
    - "*"
`;

  it("names the line of 0.0.0.0/0, the proxy, the origin and the folder, not their list", async () => {
    const { checks } = await lintJson({ "configuration.yaml": CFG });
    const first = (id: string) => checks.get(id)?.evidence[0];
    expect(first("auth-trusted-networks-broad")).toMatchObject({ file: "configuration.yaml", line: 6 });
    expect(first("net-trusted-proxies")).toMatchObject({ file: "configuration.yaml", line: 14 });
    expect(first("net-cors-wildcard")).toMatchObject({ file: "configuration.yaml", line: 17 });
    expect(first("config-allowlist-external-dirs")).toMatchObject({ file: "configuration.yaml", line: 9 });
    expect(first("config-allowlist-external-dirs")?.text).toBe("configuration.yaml:9 allowlist_external_dirs contains /config");
  });
});

describe("7: every finding with a place in a file carries it as file and line", () => {
  it("holds for every piece of evidence over the weak demo config", async () => {
    const dir = path.resolve("test/ha/configs/weak");
    const files = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));
    const { report } = await lintJson(files);
    let placed = 0;
    for (const c of report.categories.flatMap((cat) => cat.checks)) {
      for (const e of c.evidence) {
        const m = /^([^\s:]+\.ya?ml):(\d+) /.exec(e.text);
        if (!m) continue;
        placed++;
        expect({ id: c.id, file: e.file, line: e.line }).toEqual({ id: c.id, file: m[1], line: Number(m[2]) });
      }
    }
    expect(placed).toBeGreaterThan(5);
  });
});

describe("8: the default of !env_var is a literal credential", () => {
  it("reports `password: !env_var NAME default`, not `!env_var NAME` alone", async () => {
    const cfg = `mqtt:\n  password: !env_var MQTT_PASSWORD ${C}-default\n  username: !env_var MQTT_USER\n  token: !env_var MQTT_TOKEN\n`;
    const { checks, run } = await lintJson({ "configuration.yaml": cfg });
    expect(checks.get("secrets-plaintext-credential")?.status).toBe("fail");
    expect(evidenceOf(checks, "secrets-plaintext-credential")).toEqual([
      "configuration.yaml:2 configuration.yaml:2 mqtt.password is a literal credential (the default of !env_var)",
    ]);
    expect(run.stdout).not.toContain(C);
  });
});

describe("9 and 10: one missing include blinds only what could live under it", () => {
  const CFG = `homeassistant:
  name: Home
  packages: !include_dir_named packages
frontend:
  themes: !include_dir_merge_named themes
http:
  ip_ban_enabled: true
  login_attempts_threshold: 5
`;
  const FILES = { "configuration.yaml": CFG, "packages/lights.yaml": "light:\n  - platform: group\n    name: Hall\n" };

  it("still judges http: and the auth providers when a themes folder under frontend: is missing", async () => {
    const { checks } = await lintJson(FILES);
    expect(checks.get("config-outline-errors")?.status).not.toBe("pass");
    expect(checks.get("net-ip-ban")?.status).toBe("pass");
    expect(checks.get("net-login-threshold")?.status).toBe("pass");
    expect(checks.get("net-x-frame-options")?.status).toBe("pass");
    // Auth providers exist only in YAML: none configured means only the default provider.
    expect(checks.get("auth-legacy-api-password")?.status).toBe("pass");
    expect(checks.get("auth-trusted-networks-broad")?.status).toBe("not_applicable");
    expect(checks.get("auth-trusted-networks-bypass")?.status).toBe("not_applicable");
    expect(checks.get("auth-mfa-module-available")?.status).toBe("pass");
  });

  it("stays blind where the unread part could hold the keys: a broken package", async () => {
    const { checks } = await lintJson({ ...FILES, "packages/net.yaml": "http:\n  ip_ban_enabled: [unclosed\n" });
    expect(checks.get("net-ip-ban")?.status).toBe("not_assessed");
    expect(checks.get("auth-legacy-api-password")?.status).toBe("not_assessed");
  });

  it("stays blind for a later include the outline cannot confirm (only the first include error is recorded)", async () => {
    const cfg = `frontend:\n  themes: !include_dir_merge_named themes\nhttp: !include http.yaml\n`;
    expect(await status({ "configuration.yaml": cfg }, "net-ip-ban")).toBe("not_assessed");
  });
});

describe("11: precision on published configs", () => {
  it("recognises placeholders: never critical, named as placeholders", async () => {
    const cfg = `sensor:
  - platform: rest
    password: "********"
    token: password
    api_key: abcdefghijklmnopqrstuvwxyz0123456789
    access_token: sampleTOKEN
    client_secret: REDACTED
    pin_code: changeme
    auth_token: xxxx
    bearer_token: <your token>
`;
    const { checks } = await lintJson({ "configuration.yaml": cfg });
    const c = checks.get("secrets-plaintext-credential");
    expect(c?.status).toBe("pass");
    const ev = evidenceOf(checks, "secrets-plaintext-credential");
    expect(ev[0]).toBe("configuration.yaml:3 configuration.yaml:3 sensor[0].password looks like a placeholder, not a credential (not counted)");
    expect(ev.at(-1)).toBe(": … and 3 more");
  });

  it("judges a stand-in secrets file as one finding about the file, with its count", async () => {
    const entries = Array.from({ length: 20 }, (_, i) => `key_${i}_password: ${C}-${i}\n`).join("");
    const { checks } = await lintJson({ "configuration.yaml": "http:\n", "home_secrets.yaml": entries });
    const c = checks.get("secrets-plaintext-credential");
    expect(c?.status).toBe("fail");
    expect(evidenceOf(checks, "secrets-plaintext-credential")).toEqual([
      "home_secrets.yaml: home_secrets.yaml looks like a secrets file (20 literal value(s)) that configuration.yaml does not use; keep it out of the folder you publish",
    ]);
  });

  it("grades www/*.yaml by whether its outline holds credentials", async () => {
    const layout = "views:\n  - title: Home\n    cards:\n      - type: entities\n";
    const clean = await lintJson({ "configuration.yaml": "http:\n", "www/layout.yaml": layout });
    expect(clean.checks.get("secrets-www-sensitive")?.status).toBe("pass");
    expect(evidenceOf(clean.checks, "secrets-www-sensitive")[0]).toContain("holds no credential");
    const leaky = await lintJson({ "configuration.yaml": "http:\n", "www/layout.yaml": `${layout}password: ${C}\n` });
    expect(leaky.checks.get("secrets-www-sensitive")?.status).toBe("fail");
    expect(evidenceOf(leaky.checks, "secrets-www-sensitive")[0]).toContain("holds 1 credential(s)");
  });

  it("does not take password=REDACTED in a URL for a credential", async () => {
    const cfg = `camera:\n  - platform: generic\n    still_image_url: "http://cam.local/snap.cgi?user=admin&password=REDACTED"\n`;
    expect(await status({ "configuration.yaml": cfg }, "secrets-url-query-key")).toBe("pass");
    const real = `camera:\n  - platform: generic\n    still_image_url: "http://cam.local/snap.cgi?user=admin&password=${C}"\n`;
    expect(await status({ "configuration.yaml": real }, "secrets-url-query-key")).toBe("fail");
  });

  it("reads shell_command keys as service names: the command is judged by the command check", async () => {
    const cfg = `shell_command:\n  google_token: sed -i 's/old/new/' /config/google_token.json\n`;
    const { checks } = await lintJson({ "configuration.yaml": cfg });
    expect(checks.get("secrets-plaintext-credential")?.status).toBe("pass");
    expect(checks.get("secrets-command-credentials")?.status).toBe("pass");
  });
});
