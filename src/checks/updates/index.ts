import type { Check } from "../types.js";

/** The updates checks, in display order. */
export const updatesChecks: readonly Check[] = [];
