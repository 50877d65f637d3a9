import type { Check } from "../types.js";

/** The accounts checks, in display order. */
export const accountsChecks: readonly Check[] = [];
