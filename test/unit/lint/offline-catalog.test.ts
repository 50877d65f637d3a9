/**
 * Every check of the catalog, classified: can lint-config decide it from the config folder
 * (the YAML outline and the file facts) or not, and why. A new check fails this test until
 * it is classified here; an offline-decidable one must be in lint-config's default set and
 * must actually reach a verdict offline.
 */
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../../src/checks/catalog.js";
import { OFFLINE_CHECK_IDS } from "../../../src/cli/lint-config.js";
import { lintJson } from "./harness.js";

type Offline = { readonly decidable: true; readonly from: string } | { readonly decidable: false; readonly why: string };

const yes = (from: string): Offline => ({ decidable: true, from });
const no = (why: string): Offline => ({ decidable: false, why });

const LIVE_USERS = "users, their MFA enrolment and sign-ins live in .storage, not in YAML";
const LIVE_TOKENS = "refresh tokens live in .storage/auth, not in YAML";
const SUPERVISOR = "add-ons, OS and Supervisor state are only known to a running Supervisor";
const UPDATES = "pending updates are update entities of a running instance";
const BACKUPS = "backups are listed by the backup integration or the Supervisor at run time";

const TABLE: Readonly<Record<string, Offline>> = {
  "auth-legacy-api-password": yes("homeassistant.auth_providers (auth providers exist only in YAML; absent = the default provider)"),
  "auth-trusted-networks-broad": yes("homeassistant.auth_providers[].trusted_networks"),
  "auth-trusted-networks-bypass": yes("homeassistant.auth_providers[].allow_bypass_login"),
  "auth-mfa-module-available": yes("homeassistant.auth_mfa_modules (absent = the default TOTP module)"),
  "auth-owner-mfa": no(LIVE_USERS),
  "auth-admin-mfa": no(LIVE_USERS),
  "auth-few-admins": no(LIVE_USERS),
  "auth-unused-users": no(LIVE_USERS),
  "auth-local-only-candidates": no(LIVE_USERS),
  "auth-token-age": no(LIVE_TOKENS),
  "auth-token-unused": no(LIVE_TOKENS),
  "auth-token-public-use": no(LIVE_TOKENS),
  "net-trusted-proxies": yes("http.use_x_forwarded_for and http.trusted_proxies"),
  "net-tls": yes("http.ssl_certificate and homeassistant.external_url (a proxy alone is a warning)"),
  "net-external-url-https": yes("homeassistant.external_url"),
  "net-cors-wildcard": yes("http.cors_allowed_origins"),
  "net-webhook-guessable": yes("webhook triggers in automations (webhook_id shape, local_only)"),
  "net-ip-ban": yes("http.ip_ban_enabled"),
  "net-login-threshold": yes("http.login_attempts_threshold"),
  "net-ssl-profile": yes("http.ssl_profile"),
  "net-x-frame-options": yes("http.use_x_frame_options"),
  "net-default-port": yes("homeassistant.external_url"),
  "net-server-host": yes("http.server_host and http.trusted_proxies"),
  "secrets-plaintext-credential": yes("every YAML entry's key and value shape"),
  "secrets-url-credentials": yes("URL features of YAML strings"),
  "secrets-url-query-key": yes("URL features of YAML strings"),
  "secrets-literal-auth-header": yes("Authorization features of YAML strings"),
  "secrets-command-credentials": yes("command features of YAML strings"),
  "secrets-git-ignore": yes("the folder's .gitignore / git"),
  "secrets-www-sensitive": yes("names under www/ and the outline of its YAML"),
  "secrets-file-permissions": no("a checkout's file modes say nothing about the server's"),
  "secrets-location-published": yes("the folder's git state and homeassistant.latitude/longitude"),
  "config-allowlist-external-dirs": yes("homeassistant.allowlist_external_dirs"),
  "config-alerts-enabled": no("loaded components depend on default_config, UI-added integrations and the running version"),
  "config-outline-errors": yes("the outline's file errors"),
  "update-vulnerable-version": no("the running Home Assistant and Supervisor versions"),
  "update-core": no(UPDATES),
  "update-os": no(UPDATES),
  "update-supervisor": no(SUPERVISOR),
  "update-addons": no(SUPERVISOR),
  "update-custom-integrations": no(UPDATES),
  "update-other": no(UPDATES),
  "update-auto-update": no(SUPERVISOR),
  "backup-recent": no(BACKUPS),
  "backup-schedule": no(BACKUPS),
  "backup-offsite": no(BACKUPS),
  "backup-encrypted": no(BACKUPS),
  "host-passwordless-sudo": no("the process user of the server"),
  "host-not-root": no("the process user of the server"),
  "host-sudo-group": no("the process user of the server"),
  "host-addon-protection": no(SUPERVISOR),
  "host-addon-full-access": no(SUPERVISOR),
  "host-addon-rating": no(SUPERVISOR),
  "host-addon-host-network": no(SUPERVISOR),
  "host-supervisor-healthy": no(SUPERVISOR),
  "host-supervisor-supported": no(SUPERVISOR),
  "host-addon-ssh-password": no(SUPERVISOR),
  "host-addon-file-share-exposure": no(SUPERVISOR),
  "host-addon-mqtt-anonymous": no(SUPERVISOR),
  "host-addon-third-party-privileges": no(SUPERVISOR),
  "host-addon-ingress-port": no(SUPERVISOR),
  "host-supervisor-debug": no(SUPERVISOR),
  "host-recovery-mode": no("recovery/safe mode is a state of the running server"),
};

/** A small config where every offline-decidable check has something to judge. */
const CONFIG = `homeassistant:
  name: Home
  external_url: https://home.example.org
  allowlist_external_dirs:
    - /media
http:
  use_x_forwarded_for: true
  trusted_proxies:
    - 127.0.0.1
  server_host: 127.0.0.1
  ip_ban_enabled: true
  login_attempts_threshold: 5
automation:
  - alias: hook
    triggers:
      - trigger: webhook
        webhook_id: 3f9c2a7e1b8d4c6f0a5e9b2d7c1f4a8e
        local_only: true
`;

describe("offline catalog: every check classified", () => {
  it("classifies every check of the catalog, and nothing else", () => {
    expect(Object.keys(TABLE).sort()).toEqual(CATALOG.map((c) => c.id).sort());
  });

  it("runs exactly the offline-decidable checks by default", () => {
    const decidable = Object.entries(TABLE).filter(([, o]) => o.decidable).map(([id]) => id);
    expect([...OFFLINE_CHECK_IDS].sort()).toEqual(decidable.sort());
  });

  it("classifies a check that reads only the outline and the folder as decidable", () => {
    for (const c of CATALOG) {
      const required = c.needs.filter((n) => !(c.optional ?? []).includes(n));
      const fileOnly = c.needs.some((n) => n === "outline" || n === "files") && required.every((n) => n === "outline" || n === "files");
      // The one exception reads the folder, but the folder's file modes are not the server's.
      if (fileOnly && c.id !== "secrets-file-permissions") expect(TABLE[c.id], c.id).toMatchObject({ decidable: true });
    }
  });

  it("reaches a verdict offline for every decidable check", async () => {
    const { checks } = await lintJson({ "configuration.yaml": CONFIG, "secrets.yaml": "x: y\n" });
    for (const [id, o] of Object.entries(TABLE)) {
      if (!o.decidable) continue;
      const c = checks.get(id);
      expect(c, id).toBeDefined();
      expect(`${id}: ${c?.status}`).not.toBe(`${id}: not_assessed`);
    }
  });
});
