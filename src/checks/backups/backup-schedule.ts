import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { daysSince } from "../updates/pending.js";

/** A daily or weekly schedule that has not completed in this long is failing. */
const STALE_DAYS = 8;

export const backupSchedule: Check = defineCheck({
  id: "backup-schedule",
  category: "backups",
  severity: "medium",
  learnMoreUrl: "https://www.home-assistant.io/integrations/backup/",
  fixPath: "/config/backup",
  needs: ["backup"],
  evaluate(facts, ctx) {
    const b = req(facts.backup);
    if (b.schedule === null) {
      // backup/config/info (and its schedule) arrived in 2025.1; before that the only way is an automation.
      return notApplicable("backup-schedule.no_schedule", { version: "2025.1" });
    }
    const recurrence = b.schedule.recurrence;
    if (recurrence === "never") return fail([ev("backup-schedule.never")]);
    const days = daysSince(b.last_completed_automatic_backup, ctx.now);
    if (days === null || days > STALE_DAYS) {
      return warn([days === null ? ev("backup-schedule.none_completed", { recurrence }) : ev("backup-schedule.stale", { recurrence, days })]);
    }
    return pass(ev("backup-schedule.scheduled", { recurrence, days }));
  },
});
