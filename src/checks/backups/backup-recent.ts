import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { daysSince } from "../updates/pending.js";
import { label, newestFirst } from "./latest.js";

/** A weekly schedule is the slowest sane cadence, so a backup older than that is missing one. */
const MAX_AGE_DAYS = 7;

export const backupRecent: Check = {
  id: "backup-recent",
  category: "backups",
  title: "A backup was made in the last 7 days",
  severity: "high",
  why: "Without a recent backup, a failed update, a broken SD card or ransomware costs you your whole configuration, history and every device pairing.",
  fix: "Create a backup now in Settings → System → Backups and set up automatic backups (daily is the default).",
  learnMoreUrl: "https://www.home-assistant.io/common-tasks/general/#backups",
  fixPath: "/config/backup",
  needs: ["backup"],
  evaluate(facts, ctx) {
    const b = req(facts.backup);
    const latest = newestFirst(b.backups)[0];
    const candidates = [latest?.date ?? null, b.last_completed_automatic_backup].map((d) => daysSince(d, ctx.now)).filter((d): d is number => d !== null);
    if (candidates.length === 0) return fail([ev("No backup has ever been completed")], { placeholders: { days: "never" } });
    const age = Math.min(...candidates);
    const what = latest !== undefined && daysSince(latest.date, ctx.now) === age ? `The newest backup ${label(latest)}` : "The last automatic backup";
    const text = `${what} is ${age} day${age === 1 ? "" : "s"} old`;
    if (age <= MAX_AGE_DAYS) return pass(ev(text));
    return fail([ev(text)], { placeholders: { days: String(age) } });
  },
};
