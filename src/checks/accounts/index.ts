import type { Check } from "../types.js";
import { authAdminMfa } from "./auth-admin-mfa.js";
import { authFewAdmins } from "./auth-few-admins.js";
import { authLegacyApiPassword } from "./auth-legacy-api-password.js";
import { authLocalOnlyCandidates } from "./auth-local-only-candidates.js";
import { authMfaModuleAvailable } from "./auth-mfa-module-available.js";
import { authOwnerMfa } from "./auth-owner-mfa.js";
import { authTokenAge } from "./auth-token-age.js";
import { authTokenPublicUse } from "./auth-token-public-use.js";
import { authTokenUnused } from "./auth-token-unused.js";
import { authTrustedNetworksBroad } from "./auth-trusted-networks-broad.js";
import { authTrustedNetworksBypass } from "./auth-trusted-networks-bypass.js";
import { authUnusedUsers } from "./auth-unused-users.js";

/** The accounts checks, in display order: login bypasses first, then MFA, people, tokens. */
export const accountsChecks: readonly Check[] = [
  authLegacyApiPassword,
  authTrustedNetworksBroad,
  authTrustedNetworksBypass,
  authOwnerMfa,
  authAdminMfa,
  authMfaModuleAvailable,
  authFewAdmins,
  authUnusedUsers,
  authLocalOnlyCandidates,
  authTokenAge,
  authTokenUnused,
  authTokenPublicUse,
];
