import type { Check } from "../types.js";
import { updateAddons } from "./update-addons.js";
import { updateAutoUpdate } from "./update-auto-update.js";
import { updateCore } from "./update-core.js";
import { updateCustomIntegrations } from "./update-custom-integrations.js";
import { updateOs } from "./update-os.js";
import { updateOther } from "./update-other.js";
import { updateSupervisor } from "./update-supervisor.js";
import { updateVulnerableVersion } from "./update-vulnerable-version.js";

/** The updates checks, in display order. */
export const updatesChecks: readonly Check[] = [
  updateVulnerableVersion,
  updateCore,
  updateOs,
  updateSupervisor,
  updateAddons,
  updateCustomIntegrations,
  updateOther,
  updateAutoUpdate,
];
