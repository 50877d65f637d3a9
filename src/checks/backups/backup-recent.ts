import { defineCheck } from "../define.js";
import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { daysSince } from "../updates/pending.js";
import { label, newestFirst } from "./latest.js";

/** A weekly schedule is the slowest sane cadence, so a backup older than that is missing one. */
const MAX_AGE_DAYS = 7;

export const backupRecent: Check = defineCheck({
  id: "backup-recent",
  category: "backups",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/common-tasks/general/#backups",
  fixPath: "/config/backup",
  needs: ["backup"],
  evaluate(facts, ctx) {
    const b = req(facts.backup);
    const latest = newestFirst(b.backups)[0];
    const candidates = [latest?.date ?? null, b.last_completed_automatic_backup].map((d) => daysSince(d, ctx.now)).filter((d): d is number => d !== null);
    if (candidates.length === 0) return fail([ev("backup-recent.never")], { placeholders: { days: "never" } });
    const age = Math.min(...candidates);
    const newest = latest !== undefined && daysSince(latest.date, ctx.now) === age ? latest : undefined;
    const evidence =
      newest !== undefined
        ? ev(age === 1 ? "backup-recent.newest_one_day" : "backup-recent.newest_age", { backup: label(newest), days: age })
        : ev(age === 1 ? "backup-recent.automatic_one_day" : "backup-recent.automatic_age", { days: age });
    if (age <= MAX_AGE_DAYS) return pass(evidence);
    return fail([evidence], { placeholders: { days: String(age) } });
  },
});
