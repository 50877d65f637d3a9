/**
 * Facts: one typed, plain-data snapshot of everything the checks read.
 *
 * Field names inside each fact keep Home Assistant's own snake_case spelling (as the
 * WebSocket API and the Python backend send them), so a reader can match a field to
 * Home Assistant's source without a mapping table. Derived fields are marked as such.
 *
 * Every top-level part is a `Fact<T>`: either the value with the place it came from, or
 * an explicit "unavailable, because …". Checks declare which parts they read (`needs`),
 * so "not assessed" is exact.
 *
 * It is over 600 lines on purpose: it is the one contract every part reads (collectors,
 * checks, the card, the backend's JSON), and one file keeps each field beside its source.
 */

/** Why a fact could not be had. */
export type UnavailableReason =
  /** The caller is not an administrator; admin-only commands were not sent. */
  | "not_admin"
  /** The Home Assistant component that serves it is not loaded (e.g. `cloud`, `backup`). */
  | "component_not_loaded"
  /** No Supervisor: a Container or Core installation. Add-on/OS facts do not apply. */
  | "supervisor_absent"
  /** The security_scorecard integration is not installed or not loaded. */
  | "backend_absent"
  /** This Home Assistant version does not know the command (`unknown_command`). */
  | "command_unknown"
  /** The response did not have the shape we know; we refuse to guess. */
  | "invalid_response"
  /** The facts were built offline from a config folder; live state is not observable. */
  | "offline"
  /** Anything else (timeout, connection lost, server error); `message` says what. */
  | "error";

export type Fact<T> =
  | { readonly ok: true; readonly source: string; readonly value: T }
  | {
      readonly ok: false;
      readonly source: string;
      readonly reason: UnavailableReason;
      /** One line, for people. Never contains a secret value. */
      readonly message: string;
    };

/** ISO-8601 timestamp string, as Home Assistant sends it. */
export type IsoDate = string;

// ---------------------------------------------------------------------------
// Core WebSocket API facts
// ---------------------------------------------------------------------------

/** `get_config` (homeassistant/core.py Config.as_dict). Only the fields the checks read. */
export interface CoreConfig {
  readonly version: string;
  readonly components: readonly string[];
  readonly config_dir: string;
  readonly external_url: string | null;
  readonly internal_url: string | null;
  readonly allowlist_external_dirs: readonly string[];
  readonly allowlist_external_urls: readonly string[];
  readonly safe_mode: boolean;
  /** Added in 2023.x as the successor of safe mode; absent on older versions. */
  readonly recovery_mode: boolean | null;
  /** "RUNNING", "NOT_RUNNING", … */
  readonly state: string;
  readonly location_name: string;
  readonly time_zone: string;
}

/** `auth/current_user` (homeassistant/components/auth/__init__.py websocket_current_user). */
export interface CurrentUser {
  readonly id: string;
  readonly name: string | null;
  readonly is_owner: boolean;
  readonly is_admin: boolean;
  readonly credentials: readonly { readonly auth_provider_type: string; readonly auth_provider_id: string | null }[];
  readonly mfa_modules: readonly { readonly id: string; readonly name: string; readonly enabled: boolean }[];
}

/** One entry of `config/auth/list` (homeassistant/components/config/auth.py _user_info). Admin only. */
export interface UserInfo {
  readonly id: string;
  readonly username: string | null;
  readonly name: string | null;
  readonly is_owner: boolean;
  readonly is_active: boolean;
  readonly local_only: boolean;
  readonly system_generated: boolean;
  readonly group_ids: readonly string[];
  /** Derived: `group_ids` contains "system-admin" (the command has no is_admin field). */
  readonly is_admin: boolean;
  /** Provider types the user has credentials for, e.g. ["homeassistant"]. */
  readonly credential_types: readonly string[];
}

export type RefreshTokenType = "normal" | "long_lived_access_token" | "system";

/** One entry of `auth/refresh_tokens`: the caller's own tokens only. */
export interface OwnRefreshToken {
  readonly id: string;
  readonly type: RefreshTokenType;
  readonly client_id: string | null;
  readonly client_name: string | null;
  readonly created_at: IsoDate;
  readonly last_used_at: IsoDate | null;
  readonly last_used_ip: string | null;
  readonly is_current: boolean;
  /** Unix seconds; added in 2024.x for normal tokens that expire. Null when unknown. */
  readonly expire_at: number | null;
}

/** `GET /auth/providers` (hides trusted_networks unless the caller's address is trusted). */
export interface LoginProvider {
  readonly type: string;
  readonly id: string | null;
  readonly name: string;
}

/** An `update.*` entity joined with its entity-registry platform. */
export interface UpdateEntity {
  readonly entity_id: string;
  /** "on" = update available, "off", "unavailable", "unknown". */
  readonly state: string;
  readonly title: string | null;
  readonly installed_version: string | null;
  readonly latest_version: string | null;
  readonly skipped_version: string | null;
  readonly release_url: string | null;
  readonly in_progress: boolean;
  readonly auto_update: boolean;
  /** Integration that provides the entity (entity registry `platform`), e.g. "hassio", "hacs". */
  readonly platform: string | null;
  /** When the state last changed: for a pending update, roughly since when it is pending. */
  readonly last_changed: IsoDate;
}

/** A loaded integration (from `manifest/list`, joined with `config_entries/get`). */
export interface IntegrationInfo {
  readonly domain: string;
  readonly name: string;
  /** False for custom integrations (custom_components/). */
  readonly is_built_in: boolean;
  readonly version: string | null;
  /** Number of config entries of this domain, and how many are not loaded. */
  readonly entries: number;
  readonly entries_failed: number;
}

/** One entry of `repairs/list_issues`. */
export interface RepairIssue {
  readonly domain: string;
  readonly issue_id: string;
  readonly severity: "critical" | "error" | "warning";
  readonly ignored: boolean;
  readonly learn_more_url: string | null;
  readonly translation_key: string | null;
  readonly created: IsoDate | null;
}

/** `cloud/status` reduced to what matters for exposure. */
export interface CloudStatus {
  readonly logged_in: boolean;
  /** Remote UI (Nabu Casa) enabled in prefs. */
  readonly remote_enabled: boolean;
  readonly remote_connected: boolean;
}

/** A backup as seen by the backup integration or the Supervisor. */
export interface BackupEntry {
  readonly id: string;
  readonly name: string;
  readonly date: IsoDate;
  readonly size_bytes: number | null;
  /** Password-protected (encrypted). */
  readonly protected: boolean;
  /**
   * Where copies are stored. Agent ids on newer Home Assistant ("backup.local",
   * "hassio.local", "cloud.cloud", "<domain>.<id>"); on Supervisor `null`/"local" means
   * the box itself. Normalised: `"local"` for the box itself, anything else is off-box.
   */
  readonly locations: readonly string[];
  /** True when created by an automatic schedule; null when the version does not say. */
  readonly automatic: boolean | null;
}

export interface BackupFacts {
  readonly backups: readonly BackupEntry[];
  /** Agents known to the backup integration (newer versions); empty when unknown. */
  readonly agents: readonly { readonly agent_id: string; readonly name: string }[];
  /** Automatic schedule from `backup/config/info`; null when the version has none. */
  readonly schedule: { readonly recurrence: string } | null;
  readonly last_completed_automatic_backup: IsoDate | null;
  /** Whether automatic backups are encrypted; null when the version does not say. */
  readonly automatic_encrypted: boolean | null;
  /** "backup/info", "backup/config/info" or "supervisor". */
  readonly origin: string;
}

export interface SupervisorAddon {
  readonly slug: string;
  readonly name: string;
  readonly version: string | null;
  readonly version_latest: string | null;
  readonly update_available: boolean;
  readonly state: string;
  /** Protection mode (AppArmor/privilege guard). False = protection mode off. */
  readonly protected: boolean;
  readonly full_access: boolean;
  readonly host_network: boolean;
  readonly privileged: readonly string[];
  /** Supervisor security rating 1 (worst) … 6. */
  readonly rating: number;
  readonly auto_update: boolean;
  /** Host ports the add-on publishes ("8080/tcp" → 8080); null values (disabled) removed. */
  readonly ports: Readonly<Record<string, number>>;
}

export interface SupervisorFacts {
  readonly supervisor: {
    readonly version: string;
    readonly version_latest: string | null;
    readonly update_available: boolean;
    readonly healthy: boolean;
    readonly supported: boolean;
    readonly channel: string;
    readonly auto_update: boolean;
  };
  readonly core: { readonly version: string; readonly version_latest: string | null; readonly update_available: boolean };
  /** Null on Supervised installs without Home Assistant OS. */
  readonly os: {
    readonly version: string | null;
    readonly version_latest: string | null;
    readonly update_available: boolean;
  } | null;
  readonly host: { readonly operating_system: string | null; readonly hostname: string | null };
  readonly addons: readonly SupervisorAddon[];
  readonly resolution: {
    readonly unsupported: readonly string[];
    readonly unhealthy: readonly string[];
    readonly issues: readonly { readonly type: string; readonly context: string; readonly reference: string | null }[];
  };
}

// ---------------------------------------------------------------------------
// Add-on settings, observed by the backend (never the card: add-on options hold passwords).
// Shapes from home-assistant/supervisor supervisor/api/addons.py APIAddons.info,
// supervisor/api/supervisor.py APISupervisor.info and supervisor/addons/validate.py.
// ---------------------------------------------------------------------------

/** One port of an add-on's `network` map: container port ("22/tcp") → host port, null when disabled. */
export interface AddonPort {
  readonly container: string;
  readonly host: number | null;
}

/**
 * SSH add-ons: `core_ssh` (home-assistant/addons ssh/config.yaml: `password`, `authorized_keys`)
 * and `a0d7b954_ssh` (hassio-addons/addon-ssh ssh/config.yaml: `ssh.password`,
 * `ssh.authorized_keys`, `ssh.sftp`, `ssh.compatibility_mode`). `sftp`/`compatibility_mode`
 * are null where the add-on has no such option.
 */
export interface SshAddonOptions {
  readonly kind: "ssh";
  readonly password_set: boolean;
  /** Number of non-empty authorized keys. */
  readonly authorized_keys: number;
  readonly sftp: boolean | null;
  readonly compatibility_mode: boolean | null;
}

/** `core_samba` (home-assistant/addons samba/config.yaml: `password`, `allow_hosts`, `compatibility_mode`). */
export interface SambaAddonOptions {
  readonly kind: "samba";
  readonly password_set: boolean;
  /** `allow_hosts` entries that parse as networks, normalised (e.g. "192.168.0.0/16"). */
  readonly allow_hosts: readonly string[];
  /** Entries that are no network (host names …): counted, never sent. */
  readonly allow_hosts_unparsed: number;
  /** SMB1/NT1 allowed (samba/rootfs/usr/share/tempio/smb.gtpl `server min protocol`). */
  readonly compatibility_mode: boolean;
}

/**
 * `core_mosquitto` (home-assistant/addons mosquitto/config.yaml: `logins`, `customize.active`;
 * mosquitto/rootfs/usr/share/tempio/mosquitto.gtpl sets no `allow_anonymous`, so Mosquitto 2's
 * default "no anonymous clients" holds unless a customize file changes it).
 */
export interface MosquittoAddonOptions {
  readonly kind: "mosquitto";
  readonly logins: number;
  /** The pre-6.0 `anonymous` option when still present; null when absent. */
  readonly anonymous: boolean | null;
  /** Files in /share/<folder> are included last and can allow anonymous clients unseen. */
  readonly customize_active: boolean;
}

/** `a0d7b954_ftp` (hassio-addons/addon-ftp ftp/config.yaml: `port`, `ssl`, `users`). */
export interface FtpAddonOptions {
  readonly kind: "ftp";
  readonly port: number | null;
  readonly ssl: boolean;
  readonly users: number;
}

export type KnownAddonOptions = SshAddonOptions | SambaAddonOptions | MosquittoAddonOptions | FtpAddonOptions;

/** One installed add-on's settings (`/addons/<slug>/info`), as shapes. */
export interface AddonSettings {
  readonly slug: string;
  readonly name: string;
  /** "core" (home-assistant/addons), "local", or a store repository hash such as "a0d7b954". */
  readonly repository: string | null;
  /** "started", "stopped", "error", "unknown". */
  readonly state: string;
  readonly version: string | null;
  readonly version_latest: string | null;
  readonly update_available: boolean;
  /** "auto" | "manual" (supervisor/addons/validate.py ATTR_BOOT). */
  readonly boot: string | null;
  readonly protected: boolean;
  readonly rating: number;
  readonly auto_update: boolean;
  readonly ports: readonly AddonPort[];
  /** Host port of the add-on's web UI (`webui` "http://[HOST]:<port>/…"), null when none is mapped. */
  readonly webui_port: number | null;
  /** The add-on offers Ingress (`ingress`). */
  readonly ingress: boolean;
  /** Ingress shown in the sidebar (`ingress_panel`); null when not reported. */
  readonly ingress_panel: boolean | null;
  readonly host_network: boolean;
  readonly host_pid: boolean;
  readonly docker_api: boolean;
  /** "default" | "homeassistant" | "backup" | "manager" | "admin". */
  readonly hassio_role: string | null;
  /** "default" | "disable" | "profile". */
  readonly apparmor: string | null;
  /** Linux capabilities, e.g. ["NET_ADMIN", "SYS_ADMIN"]. */
  readonly privileged: readonly string[];
  readonly full_access: boolean;
  /** Number of mapped devices. */
  readonly devices: number;
  readonly usb: boolean;
  readonly uart: boolean;
  readonly gpio: boolean;
  readonly video: boolean;
  readonly audio: boolean;
  /** Security-relevant options of known add-ons; null for others. */
  readonly options: KnownAddonOptions | null;
}

export interface AddonSettingsFacts {
  /** `/supervisor/info`: debug, debug_block, diagnostics (sharing), channel. */
  readonly supervisor: {
    readonly debug: boolean;
    readonly debug_block: boolean;
    readonly diagnostics: boolean | null;
    readonly channel: string | null;
  };
  readonly addons: readonly AddonSettings[];
}

/** The backend's answer on Container/Core installs (no `hassio`). */
export interface NoSupervisor {
  readonly absent: "supervisor";
}

// ---------------------------------------------------------------------------
// Facts only the server can see (the security_scorecard backend), or http/config on 2026.8+
// ---------------------------------------------------------------------------

/** The HTTP server settings (homeassistant/components/http/__init__.py HTTP_SCHEMA). */
export interface HttpSettings {
  readonly ssl_certificate: boolean;
  readonly ssl_key: boolean;
  /** "modern" | "intermediate". */
  readonly ssl_profile: string;
  readonly server_host: readonly string[] | null;
  readonly server_port: number;
  readonly use_x_forwarded_for: boolean;
  readonly trusted_proxies: readonly string[];
  readonly ip_ban_enabled: boolean;
  /** -1 means "never ban" (Home Assistant's NO_LOGIN_ATTEMPT_THRESHOLD, the default). */
  readonly login_attempts_threshold: number;
  readonly cors_allowed_origins: readonly string[];
  readonly use_x_frame_options: boolean;
  /** Where the settings were read: "yaml" (configuration.yaml), "store" (UI-managed), "default". */
  readonly origin: string;
}

export interface AuthProviderConfig {
  readonly type: string;
  readonly id: string | null;
  readonly name: string;
  /** trusted_networks only: the networks, as configured (CIDR strings). */
  readonly trusted_networks: readonly string[] | null;
  /** trusted_networks only: networks that map to fixed users (networks only, not user ids). */
  readonly trusted_users_networks: readonly string[] | null;
  readonly allow_bypass_login: boolean | null;
}

export interface AuthProvidersFacts {
  readonly providers: readonly AuthProviderConfig[];
  readonly mfa_modules: readonly { readonly id: string; readonly type: string; readonly name: string }[];
}

/** Every user with what only the server knows: MFA enrolment and credentials. */
export interface AccountInfo {
  readonly id: string;
  readonly name: string | null;
  readonly username: string | null;
  readonly is_owner: boolean;
  readonly is_admin: boolean;
  readonly is_active: boolean;
  readonly local_only: boolean;
  readonly system_generated: boolean;
  readonly credential_types: readonly string[];
  /** Ids of MFA modules the user has enabled, e.g. ["totp"]. */
  readonly mfa_modules: readonly string[];
}

/** Metadata of one refresh token of any user. Never the token. */
export interface TokenInfo {
  readonly id: string;
  readonly user_id: string;
  readonly type: RefreshTokenType;
  readonly client_name: string | null;
  readonly client_id: string | null;
  readonly created_at: IsoDate;
  readonly last_used_at: IsoDate | null;
  readonly last_used_ip: string | null;
  readonly expire_at: number | null;
}

/** The process and installation. */
export interface HostFacts {
  readonly uid: number;
  readonly user: string | null;
  readonly is_root: boolean;
  /** Member of sudo, wheel or admin. */
  readonly in_sudo_group: boolean;
  /** `sudo -n true` succeeded without a password; null when sudo is absent or not tried. */
  readonly passwordless_sudo: boolean | null;
  /** homeassistant.helpers.system_info installation_type, e.g. "Home Assistant Core". */
  readonly installation_type: string;
  readonly docker: boolean;
  readonly virtualenv: boolean;
  readonly safe_mode: boolean;
  readonly recovery_mode: boolean;
}

export interface FileMode {
  readonly exists: boolean;
  /** Permission bits as a number (e.g. 0o600 = 384); null when not readable. */
  readonly mode: number | null;
  readonly owner_uid: number | null;
}

/** Ignore-rule coverage for the paths a published config must never contain. */
export type GitIgnoreTarget = "secrets.yaml" | ".storage/" | "*.db" | "*.log" | ".cloud/" | "ip_bans.yaml";

export interface FilesFacts {
  readonly config_dir: FileMode;
  readonly secrets_yaml: FileMode;
  readonly storage_dir: FileMode;
  /** Null when the config folder is not a git working tree. */
  readonly git: {
    /** "git" (git check-ignore) or "gitignore" (our own parser, when git is absent). */
    readonly method: string;
    readonly ignored: Readonly<Record<GitIgnoreTarget, boolean>>;
  } | null;
  /** Paths under www/ (served without auth at /local/) whose names look sensitive. */
  readonly www_sensitive: readonly string[];
}

// ---------------------------------------------------------------------------
// The config outline (docs/architecture.md): structure and value *shape*, never secret values.
// Built identically by the Python backend and the Node lint-config builder.
// ---------------------------------------------------------------------------

export type OutlineTag =
  | "!secret"
  | "!env_var"
  | "!include"
  | "!include_dir_list"
  | "!include_dir_named"
  | "!include_dir_merge_list"
  | "!include_dir_merge_named"
  | "!input";

export type OutlineScalarType = "str" | "int" | "float" | "bool" | "null" | "map" | "seq";

export interface StringFeatures {
  readonly length: number;
  /** Contains Jinja `{{`/`{%`. */
  readonly template: boolean;
  /** Parses as an absolute URL with a scheme. */
  readonly url: boolean;
  /** URL with a password in its userinfo (`scheme://user:pass@host`). */
  readonly url_credentials: boolean;
  /** URL with a credential-bearing query parameter (`?api_key=`, `token=`, `password=` …) carrying a non-empty literal. */
  readonly url_credential_query: boolean;
  /** Starts with an HTTP auth scheme followed by a literal: "bearer" | "basic" | null. */
  readonly auth_prefix: "bearer" | "basic" | null;
  /** A shell command carrying credentials (`-u user:pass`, `--password x`, `sshpass -p`, `Authorization:` header). */
  readonly command_credentials: boolean;
  /** Shannon-entropy class of the string: "low" | "medium" | "high". */
  readonly entropy: "low" | "medium" | "high";
  readonly multiline: boolean;
  /** Contains whitespace (passphrases and sentences do; most keys and tokens do not). */
  readonly whitespace: boolean;
  /**
   * An obvious placeholder (`********`, `<your token>`, `REDACTED`, `changeme`, `sampleTOKEN`):
   * present, and true, only then. URL credential features ignore placeholder query values and passwords.
   */
  readonly placeholder?: true;
}

export interface OutlineEntry {
  /** Key path within the file's document; list items as numeric indexes. */
  readonly path: readonly (string | number)[];
  /** 1-based line of the key. */
  readonly line: number;
  readonly tag: OutlineTag | null;
  readonly type: OutlineScalarType;
  /**
   * Only for bool/int/float, and for strings (or lists of strings) under the fixed
   * allow-list of non-secret keys (`platform`, `type`, `server_port`, `trusted_proxies`,
   * `trusted_networks`, `cors_allowed_origins`, `allowlist_external_dirs`, …).
   */
  readonly value?: boolean | number | string | readonly string[];
  /** With a list `value`: the 1-based line of each item, in order (evidence points at the item). */
  readonly item_lines?: readonly number[];
  /**
   * For untagged strings; and for `!env_var NAME default` the features of the default, which
   * is literal text in the file (Home Assistant uses it when NAME is not set).
   */
  readonly features?: StringFeatures;
}

export type OutlineErrorKind =
  | "malformed"
  | "binary"
  | "too_large"
  | "unreadable"
  | "include_cycle"
  | "missing_include"
  | "symlink_loop"
  | "limit_reached";

export interface OutlineFile {
  /** Path relative to the config folder, POSIX separators. */
  readonly path: string;
  /** Reached from configuration.yaml through !include* or packages. */
  readonly reachable: boolean;
  /** Where the file's document sits in the configuration tree (first inclusion), null for roots and unreachable files. */
  readonly mount: readonly (string | number)[] | null;
  readonly error: { readonly kind: OutlineErrorKind; readonly line: number | null; readonly message: string } | null;
  readonly entries: readonly OutlineEntry[];
}

export interface Outline {
  readonly version: 1;
  readonly files: readonly OutlineFile[];
  /** Set when a global limit (file count, depth, total time/bytes) stopped the walk. */
  readonly truncated: { readonly limit: string; readonly message: string } | null;
}

// ---------------------------------------------------------------------------
// The snapshot
// ---------------------------------------------------------------------------

export interface Facts {
  readonly schema_version: 1;
  readonly collected_at: IsoDate;
  /** "live" (WebSocket) or "offline" (lint-config over a folder). */
  readonly mode: "live" | "offline";
  readonly config: Fact<CoreConfig>;
  readonly current_user: Fact<CurrentUser>;
  readonly users: Fact<readonly UserInfo[]>;
  readonly own_tokens: Fact<readonly OwnRefreshToken[]>;
  readonly login_providers: Fact<readonly LoginProvider[]>;
  readonly updates: Fact<readonly UpdateEntity[]>;
  readonly integrations: Fact<readonly IntegrationInfo[]>;
  readonly repairs: Fact<readonly RepairIssue[]>;
  readonly cloud: Fact<CloudStatus>;
  readonly backup: Fact<BackupFacts>;
  readonly supervisor: Fact<SupervisorFacts>;
  /** Backend, or `http/config` on 2026.8+. */
  readonly http: Fact<HttpSettings>;
  readonly auth_providers: Fact<AuthProvidersFacts>;
  readonly accounts: Fact<readonly AccountInfo[]>;
  readonly tokens: Fact<readonly TokenInfo[]>;
  readonly host: Fact<HostFacts>;
  readonly files: Fact<FilesFacts>;
  readonly outline: Fact<Outline>;
  /** Backend only: add-on options hold secrets, so the card never reads them. */
  readonly addon_settings: Fact<AddonSettingsFacts>;
}

/** The names checks use in `needs`. */
export type FactKey = Exclude<keyof Facts, "schema_version" | "collected_at" | "mode">;

export const FACT_KEYS: readonly FactKey[] = [
  "config",
  "current_user",
  "users",
  "own_tokens",
  "login_providers",
  "updates",
  "integrations",
  "repairs",
  "cloud",
  "backup",
  "supervisor",
  "http",
  "auth_providers",
  "accounts",
  "tokens",
  "host",
  "files",
  "outline",
  "addon_settings",
];

/**
 * A part the backend could not observe (an observer raised or timed out): names the part and
 * the error type, e.g. `{error: "files: PermissionError"}` — never a value or a path. The
 * other parts still arrive; the collector turns this one into `unavailable(…, "error")`.
 */
export interface ServerPartError {
  readonly error: string;
}

/**
 * The backend's `security_scorecard/facts` answer and `security_scorecard/subscribe`'s first
 * event (docs/architecture.md "Contract version", "Subscribe deltas"): the server-only parts,
 * the outline in its wire encoding (`OutlineWire`, decoded by src/collect/outline-wire.ts).
 */
export interface ServerFacts {
  readonly contract: 2;
  readonly kind: "full";
  readonly seq: number;
  readonly schema_version: 1;
  readonly http: HttpSettings | ServerPartError;
  readonly auth_providers: AuthProvidersFacts | ServerPartError;
  readonly accounts: readonly AccountInfo[] | ServerPartError;
  readonly tokens: readonly TokenInfo[] | ServerPartError;
  readonly host: HostFacts | ServerPartError;
  readonly files: FilesFacts | ServerPartError;
  readonly outline: OutlineWire | ServerPartError;
  readonly addon_settings: AddonSettingsFacts | ServerPartError | NoSupervisor;
}

/** A later `security_scorecard/subscribe` event: only what changed since message `base`. */
export interface ServerFactsDelta {
  readonly contract: 2;
  readonly kind: "delta";
  readonly seq: number;
  readonly base: number;
  /** Changed parts, whole (`outline` here only as its ServerPartError marker). */
  readonly parts: Partial<Omit<ServerFacts, "contract" | "kind" | "seq">>;
  /** Changed or new files, removed paths and the outline's other keys; absent when none changed. */
  readonly outline?: Omit<OutlineWire, "files"> & { readonly files: readonly OutlineWireFile[]; readonly removed: readonly string[] };
}

/** An outline entry on the wire: [node, line, tag, type, value?, item_lines?, features?] (null = absent). */
export type OutlineWireEntry = readonly [
  node: number,
  line: number,
  tag: number,
  type: number,
  value?: OutlineEntry["value"] | null,
  itemLines?: readonly number[] | null,
  features?: readonly [length: number, flags: number, entropy: number, authPrefix: number] | null,
];

/** A file on the wire: its record whole, its entries without repeated key paths. */
export interface OutlineWireFile {
  readonly path: string;
  readonly reachable: boolean;
  readonly mount: readonly (string | number)[] | null;
  readonly error: OutlineFile["error"];
  /** The file's key names. */
  readonly keys: readonly string[];
  /** Flat pairs (parent, seg): node i is pair i; parent -1 the document; seg >= 0 keys[seg], < 0 list index -seg-1. */
  readonly nodes: readonly number[];
  readonly entries: readonly OutlineWireEntry[];
}

/** The outline on the wire: only what the checks read ("relevant"), or every entry ("full", debugging). */
export interface OutlineWire {
  readonly version: 1;
  readonly form: "relevant" | "full";
  readonly files: readonly OutlineWireFile[];
  readonly truncated: Outline["truncated"];
}
