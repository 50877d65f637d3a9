import type { Check } from "../types.js";

/** The network checks, in display order. */
export const networkChecks: readonly Check[] = [];
