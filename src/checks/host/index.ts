import type { Check } from "../types.js";
import { hostAddonFileShareExposure } from "./host-addon-file-share-exposure.js";
import { hostAddonFullAccess } from "./host-addon-full-access.js";
import { hostAddonHostNetwork } from "./host-addon-host-network.js";
import { hostAddonIngressPort } from "./host-addon-ingress-port.js";
import { hostAddonMqttAnonymous } from "./host-addon-mqtt-anonymous.js";
import { hostAddonProtection } from "./host-addon-protection.js";
import { hostAddonRating } from "./host-addon-rating.js";
import { hostAddonSshPassword } from "./host-addon-ssh-password.js";
import { hostAddonThirdPartyPrivileges } from "./host-addon-third-party-privileges.js";
import { hostNotRoot } from "./host-not-root.js";
import { hostPasswordlessSudo } from "./host-passwordless-sudo.js";
import { hostRecoveryMode } from "./host-recovery-mode.js";
import { hostSudoGroup } from "./host-sudo-group.js";
import { hostSupervisorDebug } from "./host-supervisor-debug.js";
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
  hostAddonSshPassword,
  hostAddonFileShareExposure,
  hostAddonMqttAnonymous,
  hostAddonThirdPartyPrivileges,
  hostAddonIngressPort,
  hostSupervisorHealthy,
  hostSupervisorSupported,
  hostSupervisorDebug,
  hostRecoveryMode,
];
