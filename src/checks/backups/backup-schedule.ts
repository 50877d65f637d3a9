import { ev, fail, notApplicable, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { daysSince } from "../updates/pending.js";

/** A daily or weekly schedule that has not completed in this long is failing. */
const STALE_DAYS = 8;

export const backupSchedule: Check = {
  id: "backup-schedule",
  category: "backups",
  title: "Automatic backups are scheduled",
  severity: "medium",
  why: "Backups you have to remember are the ones that are missing when the disk dies; a schedule makes a recent backup the default.",
  fix: "In Settings → System → Backups, open the automatic backup settings and choose a daily (or at least weekly) schedule with an off-site location.",
  learnMoreUrl: "https://www.home-assistant.io/integrations/backup/",
  fixPath: "/config/backup",
  needs: ["backup"],
  evaluate(facts, ctx) {
    const b = req(facts.backup);
    if (b.schedule === null) {
      // backup/config/info (and its schedule) arrived in 2025.1; before that the only way is an automation.
      return notApplicable("This Home Assistant version has no automatic backup schedule (added in 2025.1); an automation calling a backup service is the way there.");
    }
    const recurrence = b.schedule.recurrence;
    if (recurrence === "never") return fail([ev("Automatic backups are set to \"never\"")]);
    const days = daysSince(b.last_completed_automatic_backup, ctx.now);
    if (days === null || days > STALE_DAYS) {
      const last = days === null ? "none has completed yet" : `the last one completed ${days} days ago`;
      return warn([ev(`Automatic backups are scheduled (${recurrence}) but ${last}`)]);
    }
    return pass(ev(`Automatic backups are scheduled (${recurrence}); the last one completed ${days} day(s) ago`));
  },
};
