/**
 * Facts only the server sees.
 * - `security_scorecard/facts`: our own backend (custom_components/security_scorecard), payload
 *   `ServerFacts` in src/facts/types.ts. Each part is validated on its own, so one part of an
 *   unexpected shape does not hide the others; a part the backend could not observe comes as
 *   `{error: "<part>: <error type>"}`. The outline comes in its wire encoding
 *   (../outline-wire.ts).
 * - `http/config` (UI-managed HTTP settings, newer Home Assistant; home-assistant/frontend
 *   src/data/http.ts HttpConfigState): `{stable, pending, revert_at, active_config_type?, default?}`.
 *   The running settings are the slot named by `active_config_type`; absent keys take the
 *   defaults of homeassistant/components/http/__init__.py HTTP_SCHEMA.
 */
import { array, boolean, enums, literal, nullable, number, object, optional, string, type, union, type Infer } from "superstruct";
import type { HttpSettings } from "../../facts/types.js";
import { CONTRACT_VERSION } from "../contract.js";

export const HttpSettingsStruct = type({
  ssl_certificate: boolean(),
  ssl_key: boolean(),
  ssl_profile: string(),
  server_host: nullable(array(string())),
  server_port: number(),
  use_x_forwarded_for: boolean(),
  trusted_proxies: array(string()),
  ip_ban_enabled: boolean(),
  login_attempts_threshold: number(),
  cors_allowed_origins: array(string()),
  use_x_frame_options: boolean(),
  origin: string(),
});

export const AuthProvidersStruct = type({
  providers: array(
    type({
      type: string(),
      id: nullable(string()),
      name: string(),
      trusted_networks: nullable(array(string())),
      trusted_users_networks: nullable(array(string())),
      allow_bypass_login: nullable(boolean()),
    }),
  ),
  mfa_modules: array(type({ id: string(), type: string(), name: string() })),
});

const TokenTypeStruct = enums(["normal", "long_lived_access_token", "system"]);

export const AccountsStruct = array(
  type({
    id: string(),
    name: nullable(string()),
    username: nullable(string()),
    is_owner: boolean(),
    is_admin: boolean(),
    is_active: boolean(),
    local_only: boolean(),
    system_generated: boolean(),
    credential_types: array(string()),
    mfa_modules: array(string()),
  }),
);

export const TokensStruct = array(
  type({
    id: string(),
    user_id: string(),
    type: TokenTypeStruct,
    client_name: nullable(string()),
    client_id: nullable(string()),
    created_at: string(),
    last_used_at: nullable(string()),
    last_used_ip: nullable(string()),
    expire_at: nullable(number()),
  }),
);

export const HostStruct = type({
  uid: number(),
  user: nullable(string()),
  is_root: boolean(),
  in_sudo_group: boolean(),
  passwordless_sudo: nullable(boolean()),
  installation_type: string(),
  docker: boolean(),
  virtualenv: boolean(),
  safe_mode: boolean(),
  recovery_mode: boolean(),
});

const FileModeStruct = type({ exists: boolean(), mode: nullable(number()), owner_uid: nullable(number()) });

export const FilesStruct = type({
  config_dir: FileModeStruct,
  secrets_yaml: FileModeStruct,
  storage_dir: FileModeStruct,
  git: nullable(
    type({
      method: string(),
      ignored: type({
        "secrets.yaml": boolean(),
        ".storage/": boolean(),
        "*.db": boolean(),
        "*.log": boolean(),
        ".cloud/": boolean(),
        "ip_bans.yaml": boolean(),
      }),
    }),
  ),
  www_sensitive: array(string()),
});

/**
 * `addon_settings` (AddonSettingsFacts in src/facts/types.ts). Exact objects (`object`, not
 * `type`): a key we do not know is refused rather than carried along, so nothing the backend
 * did not mean to send (an option value) can ride through to a report.
 */
const AddonOptionsStruct = union([
  object({ kind: literal("ssh"), password_set: boolean(), authorized_keys: number(), sftp: nullable(boolean()), compatibility_mode: nullable(boolean()) }),
  object({ kind: literal("samba"), password_set: boolean(), allow_hosts: array(string()), allow_hosts_unparsed: number(), compatibility_mode: boolean() }),
  object({ kind: literal("mosquitto"), logins: number(), anonymous: nullable(boolean()), customize_active: boolean() }),
  object({ kind: literal("ftp"), port: nullable(number()), ssl: boolean(), users: number() }),
]);

export const AddonSettingsStruct = object({
  supervisor: object({ debug: boolean(), debug_block: boolean(), diagnostics: nullable(boolean()), channel: nullable(string()) }),
  addons: array(
    object({
      slug: string(),
      name: string(),
      repository: nullable(string()),
      state: string(),
      version: nullable(string()),
      version_latest: nullable(string()),
      update_available: boolean(),
      boot: nullable(string()),
      protected: boolean(),
      rating: number(),
      auto_update: boolean(),
      ports: array(object({ container: string(), host: nullable(number()) })),
      webui_port: nullable(number()),
      ingress: boolean(),
      ingress_panel: nullable(boolean()),
      host_network: boolean(),
      host_pid: boolean(),
      docker_api: boolean(),
      hassio_role: nullable(string()),
      apparmor: nullable(string()),
      privileged: array(string()),
      full_access: boolean(),
      devices: number(),
      usb: boolean(),
      uart: boolean(),
      gpio: boolean(),
      video: boolean(),
      audio: boolean(),
      options: nullable(AddonOptionsStruct),
    }),
  ),
});

/** The backend's `addon_settings` on Container/Core installs. */
export const NoSupervisorStruct = object({ absent: literal("supervisor") });

export { CONTRACT_VERSION };

export const ServerEnvelopeStruct = type({ schema_version: literal(1), contract: literal(CONTRACT_VERSION) });

/** A part the backend could not observe (`ServerPartError`): exactly `{error}`, nothing else. */
export const ServerPartErrorStruct = object({ error: string() });


const HttpSlotStruct = type({
  server_host: optional(nullable(array(string()))),
  server_port: optional(number()),
  ssl_certificate: optional(nullable(string())),
  ssl_key: optional(nullable(string())),
  ssl_profile: optional(string()),
  cors_allowed_origins: optional(array(string())),
  use_x_forwarded_for: optional(boolean()),
  trusted_proxies: optional(array(string())),
  use_x_frame_options: optional(boolean()),
  ip_ban_enabled: optional(boolean()),
  login_attempts_threshold: optional(number()),
});

export const HttpConfigStruct = type({
  stable: optional(nullable(HttpSlotStruct)),
  pending: optional(nullable(HttpSlotStruct)),
  default: optional(nullable(HttpSlotStruct)),
  active_config_type: optional(enums(["stable", "pending", "default"])),
});

/** homeassistant/components/http/__init__.py: SERVER_PORT, DEFAULT_CORS, NO_LOGIN_ATTEMPT_THRESHOLD. */
const DEFAULT_CORS = ["https://cast.home-assistant.io"];

export function mapHttpConfig(raw: Infer<typeof HttpConfigStruct>): HttpSettings {
  const active = raw.active_config_type ?? "stable";
  const slot = (active === "pending" ? raw.pending : active === "default" ? raw.default : raw.stable) ?? {};
  return {
    ssl_certificate: typeof slot.ssl_certificate === "string" && slot.ssl_certificate !== "",
    ssl_key: typeof slot.ssl_key === "string" && slot.ssl_key !== "",
    ssl_profile: slot.ssl_profile ?? "modern",
    server_host: slot.server_host ?? null,
    server_port: slot.server_port ?? 8123,
    use_x_forwarded_for: slot.use_x_forwarded_for ?? false,
    trusted_proxies: slot.trusted_proxies ?? [],
    ip_ban_enabled: slot.ip_ban_enabled ?? true,
    login_attempts_threshold: slot.login_attempts_threshold ?? -1,
    cors_allowed_origins: slot.cors_allowed_origins ?? DEFAULT_CORS,
    use_x_frame_options: slot.use_x_frame_options ?? true,
    origin: active === "default" ? "default" : "store",
  };
}

