import { accountsChecks } from "./accounts/index.js";
import { backupsChecks } from "./backups/index.js";
import { hostChecks } from "./host/index.js";
import { networkChecks } from "./network/index.js";
import { secretsChecks } from "./secrets/index.js";
import type { Check } from "./types.js";
import { updatesChecks } from "./updates/index.js";

/** Every check, grouped by category in display order. One implementation per check. */
export const CATALOG: readonly Check[] = [
  ...accountsChecks,
  ...networkChecks,
  ...secretsChecks,
  ...updatesChecks,
  ...backupsChecks,
  ...hostChecks,
];
