/**
 * Backups, from whichever source this installation has.
 *
 * `backup/info` (homeassistant/components/backup/websocket.py handle_info):
 * - 2024.3.3: `{backups: [{slug, name, date, path, size}], backing_up}`; `size` in MiB;
 *   core backups of that era are always local and never encrypted. With `hassio` loaded the
 *   command does not exist there (the Supervisor owns backups) → `unknown_command`.
 * - 2025.1: ManagerBackup `{backup_id, name, date, agent_ids, protected, size, with_automatic_settings}`.
 * - 2025.2+: ManagerBackup `{backup_id, name, date, agents: {agent_id: {protected, size}},
 *   failed_agent_ids, with_automatic_settings}` (backup/manager.py), plus
 *   `last_completed_automatic_backup` in the answer.
 * `backup/config/info` (handle_config_info): `{config: {agents: {id: {protected}},
 *   create_backup: {agent_ids, password, …}, schedule: {recurrence | state}, last_completed_automatic_backup}}`.
 *   The password is read only as "set or not" and never copied.
 * `backup/agents/info` (backup_agents_info): `{agents: [{agent_id, name}]}`.
 * Supervisor `/backups` (supervisor/api/backups.py list_backups_v1): `{backups: [{slug, name,
 *   date, size (MiB), size_bytes?, location, locations?, protected}]}`; a null location is the box.
 */
import { array, boolean, nullable, number, optional, record, string, type, union, type Infer } from "superstruct";
import type { BackupEntry, BackupFacts } from "../../facts/types.js";

/** Agent ids that store on the box itself (backup/const.py LOCAL_AGENT_ID, hassio/backup.py LOCATION_LOCAL). */
const LOCAL_AGENT_IDS: ReadonlySet<string> = new Set(["backup.local", "hassio.local"]);
const MIB = 1_048_576;

export function normaliseLocation(location: string | null): string {
  if (location === null || location === "" || location === ".local" || LOCAL_AGENT_IDS.has(location)) return "local";
  return location;
}

const LegacyBackupStruct = type({ slug: string(), name: string(), date: string(), size: number() });
const ManagerBackupAgentsStruct = type({
  backup_id: string(),
  name: string(),
  date: string(),
  agents: record(string(), type({ protected: boolean(), size: number() })),
  with_automatic_settings: optional(nullable(boolean())),
});
const ManagerBackupAgentIdsStruct = type({
  backup_id: string(),
  name: string(),
  date: string(),
  agent_ids: array(string()),
  protected: boolean(),
  size: number(),
  with_automatic_settings: optional(nullable(boolean())),
});

export const BackupInfoStruct = type({
  backups: array(union([ManagerBackupAgentsStruct, ManagerBackupAgentIdsStruct, LegacyBackupStruct])),
  last_completed_automatic_backup: optional(nullable(string())),
});

export const BackupConfigInfoStruct = type({
  config: type({
    agents: optional(record(string(), type({ protected: optional(boolean()) }))),
    create_backup: type({ agent_ids: array(string()), password: optional(nullable(string())) }),
    schedule: type({ recurrence: optional(string()), state: optional(string()) }),
    last_completed_automatic_backup: optional(nullable(string())),
  }),
});

export const BackupAgentsInfoStruct = type({ agents: array(type({ agent_id: string(), name: string() })) });

export const SupervisorBackupsStruct = type({
  backups: array(
    type({
      slug: string(),
      name: string(),
      date: string(),
      size: number(),
      size_bytes: optional(number()),
      location: optional(nullable(string())),
      locations: optional(array(nullable(string()))),
      protected: boolean(),
    }),
  ),
});

type BackupItem = Infer<typeof BackupInfoStruct>["backups"][number];

function entryFromCore(b: BackupItem): BackupEntry {
  if ("agents" in b) {
    const copies = Object.values(b.agents);
    return {
      id: b.backup_id,
      name: b.name,
      date: b.date,
      size_bytes: copies.length > 0 ? Math.max(...copies.map((c) => c.size)) : null,
      protected: copies.length > 0 && copies.every((c) => c.protected),
      locations: unique(Object.keys(b.agents).map(normaliseLocation)),
      automatic: b.with_automatic_settings ?? null,
    };
  }
  if ("agent_ids" in b) {
    return {
      id: b.backup_id,
      name: b.name,
      date: b.date,
      size_bytes: b.size,
      protected: b.protected,
      locations: unique(b.agent_ids.map(normaliseLocation)),
      automatic: b.with_automatic_settings ?? null,
    };
  }
  return { id: b.slug, name: b.name, date: b.date, size_bytes: Math.round(b.size * MIB), protected: false, locations: ["local"], automatic: null };
}

/** Old recurrence-less schedules (2025.1) had only `state`: "never", "daily" or a weekday. */
function recurrenceOf(schedule: { recurrence?: string | undefined; state?: string | undefined }): string | null {
  if (schedule.recurrence !== undefined) return schedule.recurrence;
  if (schedule.state === undefined) return null;
  return schedule.state === "never" || schedule.state === "daily" ? schedule.state : "custom_days";
}

export function mapCoreBackup(
  info: Infer<typeof BackupInfoStruct>,
  config: Infer<typeof BackupConfigInfoStruct> | null,
  agents: Infer<typeof BackupAgentsInfoStruct> | null,
): BackupFacts {
  const c = config?.config ?? null;
  const recurrence = c ? recurrenceOf(c.schedule) : null;
  return {
    backups: info.backups.map(entryFromCore),
    agents: agents?.agents.map((a) => ({ agent_id: a.agent_id, name: a.name })) ?? [],
    schedule: recurrence === null ? null : { recurrence },
    last_completed_automatic_backup: c?.last_completed_automatic_backup ?? info.last_completed_automatic_backup ?? null,
    automatic_encrypted: c ? automaticEncrypted(c) : null,
    origin: c ? "backup/config/info" : "backup/info",
  };
}

/**
 * Mirrors backup/manager.py upload_backup_to_agent: an agent encrypts when its config says
 * `protected`, or, unconfigured, when a password is set; without a password nothing is encrypted.
 */
function automaticEncrypted(c: Infer<typeof BackupConfigInfoStruct>["config"]): boolean {
  const hasPassword = typeof c.create_backup.password === "string" && c.create_backup.password !== "";
  if (!hasPassword) return false;
  return c.create_backup.agent_ids.every((id) => c.agents?.[id]?.protected ?? true);
}

export function mapSupervisorBackups(raw: Infer<typeof SupervisorBackupsStruct>): BackupFacts {
  return {
    backups: raw.backups.map((b) => ({
      id: b.slug,
      name: b.name,
      date: b.date,
      size_bytes: b.size_bytes ?? Math.round(b.size * MIB),
      protected: b.protected,
      locations: unique((b.locations ?? [b.location ?? null]).map(normaliseLocation)),
      automatic: null,
    })),
    agents: [],
    schedule: null,
    last_completed_automatic_backup: null,
    automatic_encrypted: null,
    origin: "supervisor",
  };
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
