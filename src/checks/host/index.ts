import type { Check } from "../types.js";

/** The host checks, in display order. */
export const hostChecks: readonly Check[] = [];
