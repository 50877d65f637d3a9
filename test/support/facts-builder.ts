/**
 * Test facts: a benign, well-configured Home Assistant OS instance. Each test overrides
 * only what it is about, so a check's test reads as "this instance, except …".
 *
 * Shapes follow src/facts/types.ts; values are plausible, not recorded (recorded real
 * responses live in test/fixtures/ and are used by the collector tests).
 */
import { available, unavailable } from "../../src/facts/fact.js";
import type {
  AccountInfo,
  AddonSettings,
  AddonSettingsFacts,
  Fact,
  Facts,
  FilesFacts,
  HostFacts,
  HttpSettings,
  Outline,
  OutlineEntry,
  OutlineFile,
  StringFeatures,
  SupervisorAddon,
  SupervisorFacts,
  TokenInfo,
  UnavailableReason,
  UpdateEntity,
  UserInfo,
} from "../../src/facts/types.js";

export const NOW = new Date("2026-11-01T12:00:00Z");

export function daysAgo(days: number, now: Date = NOW): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

export const OWNER: AccountInfo = {
  id: "u-owner",
  name: "Owner",
  username: "owner",
  is_owner: true,
  is_admin: true,
  is_active: true,
  local_only: false,
  system_generated: false,
  credential_types: ["homeassistant"],
  mfa_modules: ["totp"],
};

export function account(over: Partial<AccountInfo> = {}): AccountInfo {
  return { ...OWNER, id: `u-${Math.random().toString(36).slice(2, 8)}`, is_owner: false, ...over };
}

export function userInfoOf(a: AccountInfo): UserInfo {
  return {
    id: a.id,
    username: a.username,
    name: a.name,
    is_owner: a.is_owner,
    is_active: a.is_active,
    local_only: a.local_only,
    system_generated: a.system_generated,
    group_ids: a.is_admin ? ["system-admin"] : ["system-users"],
    is_admin: a.is_admin,
    credential_types: a.credential_types,
  };
}

export function token(over: Partial<TokenInfo> = {}): TokenInfo {
  return {
    id: `t-${Math.random().toString(36).slice(2, 8)}`,
    user_id: OWNER.id,
    type: "normal",
    client_name: null,
    client_id: "http://homeassistant.local:8123/",
    created_at: daysAgo(10),
    last_used_at: daysAgo(1),
    last_used_ip: "192.168.1.20",
    expire_at: null,
    ...over,
  };
}

export function updateEntity(over: Partial<UpdateEntity> = {}): UpdateEntity {
  return {
    entity_id: "update.home_assistant_core_update",
    state: "off",
    title: "Home Assistant Core",
    installed_version: "2026.11.1",
    latest_version: "2026.11.1",
    skipped_version: null,
    release_url: null,
    in_progress: false,
    auto_update: false,
    platform: "hassio",
    last_changed: daysAgo(2),
    ...over,
  };
}

export function addon(over: Partial<SupervisorAddon> = {}): SupervisorAddon {
  return {
    slug: "core_mosquitto",
    name: "Mosquitto broker",
    version: "6.4.1",
    version_latest: "6.4.1",
    update_available: false,
    state: "started",
    protected: true,
    full_access: false,
    host_network: false,
    privileged: [],
    rating: 6,
    auto_update: true,
    ports: { "1883/tcp": 1883 },
    ...over,
  };
}

/** One add-on's settings as the backend reports them: the benign Mosquitto of `addon()`. */
export function addonSetting(over: Partial<AddonSettings> = {}): AddonSettings {
  return {
    slug: "core_mosquitto",
    name: "Mosquitto broker",
    repository: "core",
    state: "started",
    version: "6.4.1",
    version_latest: "6.4.1",
    update_available: false,
    boot: "auto",
    protected: true,
    rating: 6,
    auto_update: true,
    ports: [{ container: "1883/tcp", host: 1883 }],
    webui_port: null,
    ingress: false,
    ingress_panel: null,
    host_network: false,
    host_pid: false,
    docker_api: false,
    hassio_role: "default",
    apparmor: "default",
    privileged: [],
    full_access: false,
    devices: 0,
    usb: false,
    uart: false,
    gpio: false,
    video: false,
    audio: false,
    options: { kind: "mosquitto", logins: 0, anonymous: null, customize_active: false },
    ...over,
  };
}

export function addonSettings(addons: AddonSettings[] = [addonSetting()], supervisor: Partial<AddonSettingsFacts["supervisor"]> = {}): AddonSettingsFacts {
  return { supervisor: { debug: false, debug_block: false, diagnostics: false, channel: "stable", ...supervisor }, addons };
}

export const HTTP_DEFAULT: HttpSettings = {
  ssl_certificate: true,
  ssl_key: true,
  ssl_profile: "modern",
  server_host: null,
  server_port: 8443,
  use_x_forwarded_for: false,
  trusted_proxies: [],
  ip_ban_enabled: true,
  login_attempts_threshold: 5,
  cors_allowed_origins: [],
  use_x_frame_options: true,
  origin: "yaml",
};

export const HOST_DEFAULT: HostFacts = {
  uid: 1000,
  user: "homeassistant",
  is_root: false,
  in_sudo_group: false,
  passwordless_sudo: null,
  installation_type: "Home Assistant OS",
  docker: true,
  virtualenv: false,
  safe_mode: false,
  recovery_mode: false,
};

export const FILES_DEFAULT: FilesFacts = {
  config_dir: { exists: true, mode: 0o700, owner_uid: 1000 },
  secrets_yaml: { exists: true, mode: 0o600, owner_uid: 1000 },
  storage_dir: { exists: true, mode: 0o700, owner_uid: 1000 },
  git: null,
  www_sensitive: [],
};

export const SUPERVISOR_DEFAULT: SupervisorFacts = {
  supervisor: {
    version: "2026.11.0",
    version_latest: "2026.11.0",
    update_available: false,
    healthy: true,
    supported: true,
    channel: "stable",
    auto_update: true,
  },
  core: { version: "2026.11.1", version_latest: "2026.11.1", update_available: false },
  os: { version: "16.3", version_latest: "16.3", update_available: false },
  host: { operating_system: "Home Assistant OS 16.3", hostname: "homeassistant" },
  addons: [addon()],
  resolution: { unsupported: [], unhealthy: [], issues: [] },
};

/** String features of an ordinary, non-secret word. */
export function features(over: Partial<StringFeatures> = {}): StringFeatures {
  return {
    length: 8,
    template: false,
    url: false,
    url_credentials: false,
    url_credential_query: false,
    auth_prefix: null,
    command_credentials: false,
    entropy: "low",
    multiline: false,
    whitespace: false,
    ...over,
  };
}

export function entry(path: (string | number)[], line: number, over: Partial<OutlineEntry> = {}): OutlineEntry {
  return { path, line, tag: null, type: "str", features: features(), ...over };
}

export function outlineFile(path: string, entries: OutlineEntry[], over: Partial<OutlineFile> = {}): OutlineFile {
  return { path, reachable: true, mount: null, error: null, entries, ...over };
}

export function outline(files: OutlineFile[]): Outline {
  return { version: 1, files, truncated: null };
}

export const OUTLINE_DEFAULT: Outline = outline([
  outlineFile("configuration.yaml", [
    entry(["default_config"], 1, { type: "null", features: undefined }),
    entry(["http"], 3, { type: "map", features: undefined }),
    entry(["http", "ssl_certificate"], 4, { type: "str", value: "/ssl/fullchain.pem", features: features({ length: 18 }) }),
    entry(["http", "ssl_key"], 5, { type: "str", value: "/ssl/privkey.pem", features: features({ length: 16 }) }),
    entry(["http", "ip_ban_enabled"], 6, { type: "bool", value: true, features: undefined }),
    entry(["http", "login_attempts_threshold"], 7, { type: "int", value: 5, features: undefined }),
  ]),
  outlineFile("secrets.yaml", [entry(["db_password"], 1, { features: features({ length: 24, entropy: "high" }) })]),
]);

/** Everything a benign Home Assistant OS instance with the backend installed shows an admin. */
export function baseFacts(): Facts {
  const owner = OWNER;
  return {
    schema_version: 1,
    collected_at: NOW.toISOString(),
    mode: "live",
    config: available("get_config", {
      version: "2026.11.1",
      components: ["http", "api", "auth", "frontend", "hassio", "backup", "homeassistant_alerts", "cloud", "security_scorecard"],
      config_dir: "/config",
      external_url: "https://home.example.org",
      internal_url: null,
      allowlist_external_dirs: ["/media"],
      allowlist_external_urls: [],
      safe_mode: false,
      recovery_mode: false,
      state: "RUNNING",
      location_name: "Home",
      time_zone: "Europe/Berlin",
    }),
    current_user: available("auth/current_user", {
      id: owner.id,
      name: owner.name,
      is_owner: true,
      is_admin: true,
      credentials: [{ auth_provider_type: "homeassistant", auth_provider_id: null }],
      mfa_modules: [{ id: "totp", name: "Authenticator app", enabled: true }],
    }),
    users: available("config/auth/list", [userInfoOf(owner)]),
    own_tokens: available("auth/refresh_tokens", []),
    login_providers: available("/auth/providers", [{ type: "homeassistant", id: null, name: "Home Assistant Local" }]),
    updates: available("update entities", [updateEntity()]),
    integrations: available("manifest/list", [
      { domain: "http", name: "HTTP", is_built_in: true, version: null, entries: 0, entries_failed: 0 },
    ]),
    repairs: available("repairs/list_issues", []),
    cloud: available("cloud/status", { logged_in: false, remote_enabled: false, remote_connected: false }),
    backup: available("backup/info", {
      backups: [
        {
          id: "b1",
          name: "Automatic backup",
          date: daysAgo(1),
          size_bytes: 1_000_000,
          protected: true,
          locations: ["local", "cloud.cloud"],
          automatic: true,
        },
      ],
      agents: [
        { agent_id: "hassio.local", name: "This system" },
        { agent_id: "cloud.cloud", name: "Home Assistant Cloud" },
      ],
      schedule: { recurrence: "daily" },
      last_completed_automatic_backup: daysAgo(1),
      automatic_encrypted: true,
      origin: "backup/config/info",
    }),
    supervisor: available("supervisor/api", SUPERVISOR_DEFAULT),
    http: available("security_scorecard/facts", HTTP_DEFAULT),
    auth_providers: available("security_scorecard/facts", {
      providers: [{ type: "homeassistant", id: null, name: "Home Assistant Local", trusted_networks: null, trusted_users_networks: null, allow_bypass_login: null }],
      mfa_modules: [{ id: "totp", type: "totp", name: "Authenticator app" }],
    }),
    accounts: available("security_scorecard/facts", [owner]),
    tokens: available("security_scorecard/facts", [token()]),
    host: available("security_scorecard/facts", HOST_DEFAULT),
    files: available("security_scorecard/facts", FILES_DEFAULT),
    outline: available("security_scorecard/facts", OUTLINE_DEFAULT),
    addon_settings: available("security_scorecard/facts", addonSettings()),
  };
}

/** baseFacts() with some parts replaced. */
export function facts(over: Partial<Omit<Facts, "schema_version">> = {}): Facts {
  return { ...baseFacts(), ...over };
}

export function ok<T>(value: T, source = "test"): Fact<T> {
  return available(source, value);
}

export function missing<T>(reason: UnavailableReason = "backend_absent", source = "test"): Fact<T> {
  return unavailable(source, reason, `unavailable in test: ${reason}`);
}
