import type { BackupEntry, BackupFacts } from "../../../../src/facts/types.js";
import { baseFacts, daysAgo, ok } from "../../../support/facts-builder.js";

const base = baseFacts().backup;
if (!base.ok) throw new Error("base backup");
export const BACKUP_DEFAULT: BackupFacts = base.value;

export function backup(over: Partial<BackupEntry> = {}): BackupEntry {
  return { id: "b", name: "Automatic backup", date: daysAgo(1), size_bytes: 1, protected: true, locations: ["local", "cloud.cloud"], automatic: true, ...over };
}

export const backupFacts = (over: Partial<BackupFacts> = {}) => ok<BackupFacts>({ ...BACKUP_DEFAULT, ...over });
