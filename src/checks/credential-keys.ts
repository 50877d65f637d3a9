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
import { perString } from "./memo.js";

/** Key names that are credentials on their own. */
export const EXACT_CREDENTIAL_KEYS: ReadonlySet<string> = new Set([
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
export const CREDENTIAL_KEY_SUFFIXES: readonly string[] = [
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
export const CONTEXTUAL_CREDENTIAL_KEYS: readonly { readonly key: string; readonly ancestor: string }[] = [
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

/**
 * Top-level keys whose children are names the user chose, not options: `shell_command:
 * google_token: sed -i …` defines a service called google_token; its command is judged by
 * secrets-command-credentials.
 */
const NAME_KEYED: ReadonlySet<string> = new Set(["shell_command"]);

const CAMEL = /([a-z0-9])([A-Z])/g;
const SEPARATORS = /[\s-]+/g;

/** `X-Api-Key` → `x_api_key`, `apiKey` → `api_key`, `Client Secret` → `client_secret`. */
export function normaliseKey(key: string): string {
  return key.replace(CAMEL, "$1_$2").replace(SEPARATORS, "_").toLowerCase();
}

/** What the last key alone says; key names repeat a lot across an outline, so this is memoised per name. */
interface KeyVerdict {
  /** true / false when the name decides; otherwise the ancestors (normalised) that make it a credential. */
  readonly credential: boolean | readonly string[];
  /** A bare number under this key is a credential (a PIN or numeric password), if the key is one. */
  readonly numeric: boolean;
}

const NOT_CREDENTIAL: KeyVerdict = { credential: false, numeric: false };

function judgeKey(last: string): KeyVerdict {
  if (ENTITY_ID.test(last)) return NOT_CREDENTIAL;
  const key = normaliseKey(last);
  if (FLAG_PREFIXES.some((p) => key.startsWith(p))) return NOT_CREDENTIAL;
  const numeric = NUMERIC_FAMILIES.some((f) => key === f || key.endsWith(`_${f}`));
  if (EXACT_CREDENTIAL_KEYS.has(key) || CREDENTIAL_KEY_SUFFIXES.some((s) => key.endsWith(s))) return { credential: true, numeric };
  const ancestors = CONTEXTUAL_CREDENTIAL_KEYS.filter((c) => c.key === key).map((c) => c.ancestor);
  return ancestors.length === 0 ? NOT_CREDENTIAL : { credential: ancestors, numeric };
}

const keyVerdict = perString(judgeKey);
const normalisedKey = perString(normaliseKey);

/**
 * Whether the last segment of `path` names a credential. `path` is the effective key path
 * (mount + path inside the file); numeric list indexes are skipped for the parent rule.
 */
export function isCredentialPath(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  if (typeof last !== "string") return false;
  if (path.length === 2 && NAME_KEYED.has(path[0] as string)) return false;
  const { credential } = keyVerdict(last);
  if (typeof credential === "boolean") return credential;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i];
    if (typeof seg === "string" && credential.includes(normalisedKey(seg))) return true;
  }
  return false;
}

/** Whether a bare number under this key is a credential (a PIN or numeric password). */
export function isNumericCredentialPath(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  return typeof last === "string" && keyVerdict(last).numeric && isCredentialPath(path);
}
