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

/**
 * The same defaults as outline.py `OutlineLimits`. A 5 MB dashboard (about 200,000 keys)
 * and 20,000 files are read whole; max_seconds stays under the backend's 30 s facts timeout.
 */
export const DEFAULT_LIMITS: OutlineLimits = {
  max_file_bytes: 8_388_608,
  max_files: 25_000,
  max_depth: 20,
  max_total_bytes: 268_435_456,
  max_seconds: 25.0,
  max_nesting: 256,
  max_entries_per_file: 500_000,
  max_nodes_per_file: 1_000_000,
  max_total_entries: 1_000_000,
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
