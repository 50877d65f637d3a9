/** Helpers shared by the update checks: what counts as pending, and for how long. */
import type { MessageParam } from "../../i18n/message.js";
import { msg } from "../result.js";
import type { UpdateEntity } from "../../facts/types.js";

const DAY_MS = 86_400_000;

/**
 * An update is pending when the entity says so ("on"), or when the user skipped exactly
 * the latest version (the entity then reports "off" although the install is behind).
 */
export function isPending(u: UpdateEntity): boolean {
  if (u.state === "on") return true;
  return (
    u.skipped_version !== null &&
    u.latest_version !== null &&
    u.skipped_version === u.latest_version &&
    u.installed_version !== u.latest_version
  );
}

export function isSkipped(u: UpdateEntity): boolean {
  return u.state !== "on" && isPending(u);
}

/** Whole days since `iso`, never negative; null when the date is not parseable. */
export function daysSince(iso: string | null, now: Date): number | null {
  if (iso === null) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((now.getTime() - t) / DAY_MS));
}

/** Entity ids the Supervisor (hassio) integration uses for core, OS and itself. */
export const CORE_ENTITY = "update.home_assistant_core_update";
export const OS_ENTITY = "update.home_assistant_operating_system_update";
export const SUPERVISOR_ENTITY = "update.home_assistant_supervisor_update";

/** "2026.10.0 → 2026.11.1" or just the one that is known. */
export function versions(installed: string | null, latest: string | null): MessageParam {
  if (installed && latest) return `${installed} → ${latest}`;
  return latest ? `→ ${latest}` : (installed ?? msg("common.unknown_version"));
}

/** ", pending for 12 days" / ", pending since today" / "" when unknown. */
export function pendingFor(days: number | null): MessageParam {
  if (days === null) return "";
  return days === 0 ? msg("common.pending_today") : days === 1 ? msg("common.pending_one_day") : msg("common.pending_days", { days });
}
