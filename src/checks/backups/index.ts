import type { Check } from "../types.js";
import { backupEncrypted } from "./backup-encrypted.js";
import { backupOffsite } from "./backup-offsite.js";
import { backupRecent } from "./backup-recent.js";
import { backupSchedule } from "./backup-schedule.js";

/** The backups checks, in display order. */
export const backupsChecks: readonly Check[] = [backupRecent, backupSchedule, backupOffsite, backupEncrypted];
