/** Bounds on the outline walk (README "Limits"); every limit hit is reported, never silent. */

export interface OutlineLimits {
  readonly max_file_bytes: number;
  readonly max_files: number;
  readonly max_depth: number;
  readonly max_total_bytes: number;
  readonly max_seconds: number;
  readonly max_nesting: number;
  readonly max_entries_per_file: number;
  readonly max_nodes_per_file: number;
  readonly max_total_entries: number;
}

/** The same defaults as outline.py `OutlineLimits`. */
export const DEFAULT_LIMITS: OutlineLimits = {
  max_file_bytes: 1_048_576,
  max_files: 5_000,
  max_depth: 20,
  max_total_bytes: 52_428_800,
  max_seconds: 10.0,
  max_nesting: 256,
  max_entries_per_file: 50_000,
  max_nodes_per_file: 200_000,
  max_total_entries: 250_000,
};

const NAMES = Object.keys(DEFAULT_LIMITS) as (keyof OutlineLimits)[];

/** Defaults overridden by `partial`; unknown or non-numeric keys are refused (like `from_mapping`). */
export function resolveLimits(partial: Readonly<Record<string, unknown>> = {}): OutlineLimits {
  const out: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(partial)) {
    if (!(NAMES as string[]).includes(key)) throw new Error(`unknown limit: ${key.slice(0, 40)}`);
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new Error(`invalid limit ${key}: expected a number >= 0`);
    out[key] = value;
  }
  return out as unknown as OutlineLimits;
}

/** A limit as text, the way outline.py `_num_text` prints it (integers without ".0"). */
export function numText(value: number): string {
  return String(value);
}
