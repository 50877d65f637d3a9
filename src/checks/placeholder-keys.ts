/**
 * The placeholder keys each check may put in its result (CheckResult.placeholders).
 * Generated into catalog.json: the backend's `security_scorecard/sync` refuses any other
 * key, so a value can only reach Repairs under a name the catalog declares.
 * test/unit/checks/placeholder-keys.test.ts reads the check sources and fails when a
 * check emits a key that is not listed here.
 */
export const PLACEHOLDER_KEYS: Readonly<Record<string, readonly string[]>> = {
  "auth-trusted-networks-broad": ["count"],
  "auth-admin-mfa": ["count", "total"],
  "auth-few-admins": ["count", "max"],
  "auth-unused-users": ["count"],
  "auth-local-only-candidates": ["count"],
  "auth-token-age": ["count"],
  "auth-token-unused": ["count"],
  "auth-token-public-use": ["count"],
  "net-trusted-proxies": ["count"],
  "net-webhook-guessable": ["count"],
  "secrets-plaintext-credential": ["count"],
  "secrets-url-credentials": ["count"],
  "secrets-url-query-key": ["count"],
  "secrets-literal-auth-header": ["count"],
  "secrets-command-credentials": ["count"],
  "secrets-www-sensitive": ["count"],
  "config-outline-errors": ["count"],
  "update-vulnerable-version": ["advisory"],
  "update-core": ["installed", "latest"],
  "update-addons": ["count", "addon"],
  "update-custom-integrations": ["count"],
  "update-other": ["count"],
  "backup-recent": ["days"],
  "host-addon-protection": ["count", "addon"],
  "host-addon-full-access": ["count", "addon"],
  "host-addon-rating": ["count", "addon"],
  "host-addon-host-network": ["count", "addon"],
  "host-addon-ssh-password": ["count", "addon"],
  "host-addon-file-share-exposure": ["count", "addon"],
  "host-addon-mqtt-anonymous": ["addon"],
  "host-addon-third-party-privileges": ["count", "addon"],
  "host-addon-ingress-port": ["count", "addon"],
  "host-supervisor-healthy": ["reasons"],
  "host-supervisor-supported": ["reasons"],
};

/**
 * Sent for every failing check by the sync (src/score/sync-payload.ts), not by the checks:
 * the evidence's places ("configuration.yaml:12, \"Alice\" (+2)") for the Repairs description.
 */
export const WHERE_KEY = "where";

/** The keys `checkId` may send: its own, and `where`. */
export function placeholderKeys(checkId: string): readonly string[] {
  return [...(PLACEHOLDER_KEYS[checkId] ?? []), WHERE_KEY];
}
