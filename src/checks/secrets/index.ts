import type { Check } from "../types.js";
import { configAlertsEnabled } from "./config-alerts-enabled.js";
import { configAllowlistExternalDirs } from "./config-allowlist-external-dirs.js";
import { configOutlineErrors } from "./config-outline-errors.js";
import { secretsCommandCredentials } from "./secrets-command-credentials.js";
import { secretsFilePermissions } from "./secrets-file-permissions.js";
import { secretsGitIgnore } from "./secrets-git-ignore.js";
import { secretsLiteralAuthHeader } from "./secrets-literal-auth-header.js";
import { secretsLocationPublished } from "./secrets-location-published.js";
import { secretsPlaintextCredential } from "./secrets-plaintext-credential.js";
import { secretsUrlCredentials } from "./secrets-url-credentials.js";
import { secretsUrlQueryKey } from "./secrets-url-query-key.js";
import { secretsWwwSensitive } from "./secrets-www-sensitive.js";

/** The secrets checks, in display order. */
export const secretsChecks: readonly Check[] = [
  secretsPlaintextCredential,
  secretsUrlCredentials,
  secretsUrlQueryKey,
  secretsLiteralAuthHeader,
  secretsCommandCredentials,
  secretsGitIgnore,
  secretsWwwSensitive,
  secretsFilePermissions,
  secretsLocationPublished,
  configAllowlistExternalDirs,
  configAlertsEnabled,
  configOutlineErrors,
];
