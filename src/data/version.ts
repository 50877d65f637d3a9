/**
 * Compare Home Assistant / Supervisor versions ("2024.3.3", "2023.12.0b1", "2026.03.2",
 * "dev"). Calendar versions compare numerically part by part; a pre-release suffix
 * (b1, rc0, .dev0) sorts before the release. Returns null when either is not a version.
 */
export function compareVersions(a: string, b: string): number | null {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return null;
  for (let i = 0; i < Math.max(pa.nums.length, pb.nums.length); i++) {
    const d = (pa.nums[i] ?? 0) - (pb.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (pa.pre === pb.pre) return 0;
  if (pa.pre === null) return 1;
  if (pb.pre === null) return -1;
  return pa.pre < pb.pre ? -1 : 1;
}

function parse(v: string): { nums: number[]; pre: string | null } | null {
  const m = /^v?(\d+(?:\.\d+)*)(?:[.-]?((?:a|b|rc|dev)\d*))?$/i.exec(v.trim());
  if (!m || m[1] === undefined) return null;
  return { nums: m[1].split(".").map(Number), pre: m[2]?.toLowerCase() ?? null };
}

/** True when `version` is strictly below `bound`; false when not comparable. */
export function isBelow(version: string, bound: string): boolean {
  return (compareVersions(version, bound) ?? 0) < 0;
}
