/** Helpers shared by the backup checks. */
import type { BackupEntry } from "../../facts/types.js";

/** Newest first; unparseable dates last. */
export function newestFirst(backups: readonly BackupEntry[]): BackupEntry[] {
  const t = (b: BackupEntry): number => {
    const v = Date.parse(b.date);
    return Number.isNaN(v) ? -Infinity : v;
  };
  return [...backups].sort((a, b) => t(b) - t(a));
}

/** "local" is the box itself; older agent ids for it are treated the same. */
const ON_BOX: ReadonlySet<string> = new Set(["local", "backup.local", "hassio.local"]);

export function isOnBox(location: string): boolean {
  return ON_BOX.has(location);
}

export function hasOffsiteCopy(b: BackupEntry): boolean {
  return b.locations.some((l) => !isOnBox(l));
}

/** How a backup is named in evidence: its name and date (never its contents). */
export function label(b: BackupEntry): string {
  return `"${b.name}" (${b.date.slice(0, 10)})`;
}
