import type { Check } from "../types.js";

/** The backups checks, in display order. */
export const backupsChecks: readonly Check[] = [];
