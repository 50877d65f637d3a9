import type { Check } from "../types.js";

/** The secrets checks, in display order. */
export const secretsChecks: readonly Check[] = [];
