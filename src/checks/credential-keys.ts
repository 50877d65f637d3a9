/**
 * The key-name vocabulary for credential detection in YAML (secrets-plaintext-credential).
 *
 * Precision matters as much as recall: a finding here is "critical", so a key is only a
 * credential when its *name* says so in real Home Assistant / ESPHome configs. Keys are
 * normalised first (camelCase and `-`/space to snake_case, lower case) so that HTTP header
 * keys such as `X-Api-Key` and camelCase keys such as `apiKey` match too.
 *
 * Deliberately NOT credentials:
 * - `pin` (an ESPHome GPIO pin), `key` outside `encryption:` (too generic), `code` outside
 *   `alarm_control_panel`, `community` (SNMP default "public" is the norm).
 * - names that merely contain a credential word: `token_type`, `api_key_header`,
 *   `password_entity`, `key_path`, `ssl_key`/`client_key` (file paths), `public_key`,
 *   `show_password`, `*_template`, `*_file`, `*_url` — exact/suffix matching never hits them.
 */

/** Key names that are credentials on their own. */
const EXACT: ReadonlySet<string> = new Set([
  "password",
  "passwd",
  "pass",
  "pwd",
  "passphrase",
  "passkey",
  "psk",
  "pin_code",
  "pincode",
  "token",
  "access_token",
  "refresh_token",
  "auth_token",
  "api_token",
  "bearer_token",
  "bot_token",
  "secret",
  "client_secret",
  "api_secret",
  "secret_key",
  "api_key",
  "apikey",
  "app_key",
  "application_key",
  "auth_key",
  "access_key",
  "private_key",
  "priv_key",
  "encryption_key",
  "bindkey",
  "license_key",
  "subscription_key",
  "master_key",
  "shared_key",
  "signing_key",
  "preshared_key",
  "authorization",
  // Thread/Zigbee network key (ESPHome `openthread: network_key:`).
  "network_key",
  // Home Assistant Cloud `google_actions: secure_devices_pin:` (a PIN; `_pin` alone is a GPIO pin).
  "secure_devices_pin",
]);

/** Suffixes after an underscore: `db_password`, `mqtt_token`, `x_api_key`, `consumer_secret`. */
const SUFFIXES: readonly string[] = [
  "_password",
  "_passwd",
  "_passphrase",
  "_psk",
  "_pin_code",
  "_pincode",
  "_token",
  "_secret",
  "_secret_key",
  "_api_key",
  "_apikey",
  "_private_key",
  "_access_key",
  "_auth_key",
  "_encryption_key",
  "_preshared_key",
];

/**
 * Keys that are credentials only under a known parent: ESPHome `api: encryption: key:`
 * and Home Assistant's alarm panel `code:` (the disarm code).
 */
const CONTEXTUAL: readonly { readonly key: string; readonly ancestor: string }[] = [
  { key: "key", ancestor: "encryption" },
  { key: "code", ancestor: "alarm_control_panel" },
  { key: "code", ancestor: "envisalink" },
];

/** Flags and options about a credential, not the credential: `show_password`, `use_token`. */
const FLAG_PREFIXES: readonly string[] = ["show_", "hide_", "use_", "require_", "requires_", "enable_", "has_", "no_", "allow_", "verify_", "reset_"];

/** `sensor.api_token` under `customize:` is an entity id, not a key of the config schema. */
const ENTITY_ID = /^[a-z0-9_]+\.[a-z0-9_]+$/;

/** Families whose literal may be a bare number (`code: 1234`, `password: 123456`). */
const NUMERIC_FAMILIES: readonly string[] = ["password", "passwd", "pin_code", "pincode", "code", "secure_devices_pin"];

/** `X-Api-Key` → `x_api_key`, `apiKey` → `api_key`, `Client Secret` → `client_secret`. */
export function normaliseKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[\s-]+/g, "_")
    .toLowerCase();
}

/**
 * Whether the last segment of `path` names a credential. `path` is the effective key path
 * (mount + path inside the file); numeric list indexes are skipped for the parent rule.
 */
export function isCredentialPath(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  if (typeof last !== "string" || ENTITY_ID.test(last)) return false;
  const key = normaliseKey(last);
  if (FLAG_PREFIXES.some((p) => key.startsWith(p))) return false;
  if (EXACT.has(key)) return true;
  if (SUFFIXES.some((s) => key.endsWith(s))) return true;
  const ancestors = path.slice(0, -1).filter((p): p is string => typeof p === "string").map(normaliseKey);
  return CONTEXTUAL.some((c) => c.key === key && ancestors.includes(c.ancestor));
}

/** Whether a bare number under this key is a credential (a PIN or numeric password). */
export function isNumericCredentialPath(path: readonly (string | number)[]): boolean {
  if (!isCredentialPath(path)) return false;
  const key = normaliseKey(String(path[path.length - 1]));
  return NUMERIC_FAMILIES.some((f) => key === f || key.endsWith(`_${f}`));
}
