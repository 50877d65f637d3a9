import type { Check } from "../types.js";
import { hostAddonFullAccess } from "./host-addon-full-access.js";
import { hostAddonHostNetwork } from "./host-addon-host-network.js";
import { hostAddonProtection } from "./host-addon-protection.js";
import { hostAddonRating } from "./host-addon-rating.js";
import { hostNotRoot } from "./host-not-root.js";
import { hostPasswordlessSudo } from "./host-passwordless-sudo.js";
import { hostRecoveryMode } from "./host-recovery-mode.js";
import { hostSudoGroup } from "./host-sudo-group.js";
import { hostSupervisorHealthy } from "./host-supervisor-healthy.js";
import { hostSupervisorSupported } from "./host-supervisor-supported.js";

/** The host checks, in display order. */
export const hostChecks: readonly Check[] = [
  hostPasswordlessSudo,
  hostNotRoot,
  hostSudoGroup,
  hostAddonProtection,
  hostAddonFullAccess,
  hostAddonRating,
  hostAddonHostNetwork,
  hostSupervisorHealthy,
  hostSupervisorSupported,
  hostRecoveryMode,
];
